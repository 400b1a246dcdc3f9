<#import "_layout.text.ftl" as frame>
<#import "_digest.ftl" as d>
<@frame.page>
Hallo,

<#if alerts?size == 1>Das braucht Ihre Aufmerksamkeit:<#else>Diese Ereignisse brauchen Ihre Aufmerksamkeit:</#if>
<#list alerts as a>
- ${d.alerts[a.kind]}: ${a.customerName}<#if a.ticketNumber?has_content>, ${a.ticketNumber} ${a.ticketSubject}</#if>: ${a.detail} (${a.at})
</#list>
</@frame.page>
