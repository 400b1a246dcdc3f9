<#import "_layout.html.ftl" as frame>
<#import "_digest.ftl" as d>
<#macro line t><li><strong>${t.number}</strong> ${t.subject}: ${d.statuses[t.status]!t.status}, ${t.ageDays} T, Team ${t.team?has_content?then(t.team, "keins")}, ${t.priority?has_content?then(t.priority, "-")}, ${d.waiting[t.waiting]}, SLA ${d.sla[t.sla]}<#if t.slaDueAt?has_content> (fällig ${t.slaDueAt})</#if></li></#macro>
<@frame.page>
<p>Hallo,</p>
<p>Offene Anfragen des Teams ${digest.teamName} am ${digest.to}, die ältesten zuerst.</p>
<#if digest.openTickets?has_content><ul><#list digest.openTickets as t><@line t/></#list></ul><#else><p>Nichts zu berichten.</p></#if>
</@frame.page>
