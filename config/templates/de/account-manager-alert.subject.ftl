<#import "_digest.ftl" as d>
<#if alerts?size == 1>Hinweis: ${d.alerts[alerts[0].kind]} bei ${alerts[0].customerName}<#else>${alerts?size} Hinweise zu Ihren Kunden</#if>
