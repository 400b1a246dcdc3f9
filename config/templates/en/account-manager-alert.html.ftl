<#import "_layout.html.ftl" as frame>
<#import "_digest.ftl" as d>
<@frame.page>
<p>Hello,</p>
<p><#if alerts?size == 1>Something needs your attention:<#else>These events need your attention:</#if></p>
<ul><#list alerts as a><li><strong>${d.alerts[a.kind]}</strong>: ${a.customerName}<#if a.ticketNumber?has_content>, ${a.ticketNumber} ${a.ticketSubject}</#if>: ${a.detail} (${a.at})</li></#list></ul>
</@frame.page>
