<#import "_layout.text.ftl" as frame>
<#import "_digest.ftl" as d>
<#macro line t>${t.number} ${t.subject}: ${d.statuses[t.status]!t.status}, ${t.ageDays} d, team ${t.team?has_content?then(t.team, "none")}, ${t.priority?has_content?then(t.priority, "-")}, ${d.waiting[t.waiting]}, SLA ${d.sla[t.sla]}<#if t.slaDueAt?has_content> (due ${t.slaDueAt})</#if></#macro>
<@frame.page>
Hello,

Open tickets of team ${digest.teamName} on ${digest.to}, oldest first.

<#list digest.openTickets as t>
- <@line t/>
<#else>
Nothing to report.
</#list>
</@frame.page>
