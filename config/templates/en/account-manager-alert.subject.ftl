<#import "_digest.ftl" as d>
<#if alerts?size == 1>Alert: ${d.alerts[alerts[0].kind]} for ${alerts[0].customerName}<#else>${alerts?size} alerts about your customers</#if>
