<#import "_layout.text.ftl" as frame>
<#import "_digest.ftl" as d>
<#macro line t>${t.number} ${t.subject}: ${d.statuses[t.status]!t.status}, ${t.ageDays} T, Team ${t.team?has_content?then(t.team, "keins")}, ${t.priority?has_content?then(t.priority, "-")}, ${d.waiting[t.waiting]}, SLA ${d.sla[t.sla]}<#if t.slaDueAt?has_content> (fällig ${t.slaDueAt})</#if></#macro>
<@frame.page>
Hallo,

Offene Anfragen des Teams ${digest.teamName} am ${digest.to}, die ältesten zuerst.

<#list digest.openTickets as t>
- <@line t/>
<#else>
Nichts zu berichten.
</#list>
</@frame.page>
