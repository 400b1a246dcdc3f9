<#import "_layout.text.ftl" as frame>
<#import "_digest.ftl" as d>
<@frame.page>
Hello,

<#if alerts?size == 1>Something needs your attention:<#else>These events need your attention:</#if>
<#list alerts as a>
- ${d.alerts[a.kind]}: ${a.customerName}<#if a.ticketNumber?has_content>, ${a.ticketNumber} ${a.ticketSubject}</#if>: ${a.detail} (${a.at})
</#list>
</@frame.page>
