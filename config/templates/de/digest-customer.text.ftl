<#import "_layout.text.ftl" as frame>
<#import "_digest.ftl" as d>
<#macro item t>${t.number} ${t.subject}: ${d.statuses[t.status]!t.status}</#macro>
<@frame.page>
Hallo,

Hier ist die Übersicht Ihrer Anfragen vom ${digest.from} bis ${digest.to}.
<#if digest.openTickets?has_content>

Offene Anfragen:
<#list digest.openTickets as t>
- <@item t/>
</#list>
</#if>
<#if digest.done?has_content>

Kürzlich erledigt:
<#list digest.done as t>
- <@item t/>
</#list>
</#if>
</@frame.page>
