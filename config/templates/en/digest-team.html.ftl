<#import "_layout.html.ftl" as frame>
<#import "_digest.ftl" as d>
<#macro line t><li><strong>${t.number}</strong> ${t.subject}: ${d.statuses[t.status]!t.status}, ${t.ageDays} d, team ${t.team?has_content?then(t.team, "none")}, ${t.priority?has_content?then(t.priority, "-")}, ${d.waiting[t.waiting]}, SLA ${d.sla[t.sla]}<#if t.slaDueAt?has_content> (due ${t.slaDueAt})</#if></li></#macro>
<@frame.page>
<p>Hello,</p>
<p>Open tickets of team ${digest.teamName} on ${digest.to}, oldest first.</p>
<#if digest.openTickets?has_content><ul><#list digest.openTickets as t><@line t/></#list></ul><#else><p>Nothing to report.</p></#if>
</@frame.page>
