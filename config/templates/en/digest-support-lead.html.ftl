<#import "_layout.html.ftl" as frame>
<#import "_digest.ftl" as d>
<#assign m = digest.metrics>
<@frame.page>
<p>Hello,</p>
<p>Support figures from ${digest.metrics.from} to ${digest.metrics.to}.</p>
<h3 style="font-size: 14px;">Volumes</h3>
<p>Created tickets: <strong>${m.created}</strong><br>
By customer: <#list m.createdByCustomer as key, value>${key} ${value}<#sep>, </#list><br>
By team: <#list m.createdByTeam as key, value>${key} ${value}<#sep>, </#list><br>
By type: <#list m.createdByType as key, value>${key} ${value}<#sep>, </#list></p>
<h3 style="font-size: 14px;">Times (minutes)</h3>
<table style="border-collapse: collapse;">
<tr><th></th><th style="padding: 2px 8px;">median</th><th style="padding: 2px 8px;">90th percentile</th><th style="padding: 2px 8px;">tickets</th></tr>
<tr><td>First response</td><td style="padding: 2px 8px;">${m.firstResponse.medianMinutes}</td><td style="padding: 2px 8px;">${m.firstResponse.p90Minutes}</td><td style="padding: 2px 8px;">${m.firstResponse.count}</td></tr>
<tr><td>Resolution</td><td style="padding: 2px 8px;">${m.resolution.medianMinutes}</td><td style="padding: 2px 8px;">${m.resolution.p90Minutes}</td><td style="padding: 2px 8px;">${m.resolution.count}</td></tr>
</table>
<p>SLA compliance: <strong>${m.sla.compliancePercent}%</strong> (${m.sla.met} / ${m.sla.ended} met their target; ${m.sla.breachedInPeriod} breached in the period)<br>
Reopen rate: <strong>${m.reopens.reopenPercent}%</strong> (${m.reopens.reopened} reopened, ${m.reopens.resolved} resolved)<br>
Satisfaction: average <strong>${m.satisfaction.average}</strong> (${m.satisfaction.ratings} ratings, ${m.satisfaction.low} low, ${m.satisfaction.positivePercent}% rated 4 or 5)</p>
<h3 style="font-size: 14px;">Tickets moved between teams: ${m.teamMoveCount}</h3>
<#if m.teamMoves?has_content><ul><#list m.teamMoves as move><li>${move.ticketNumber}: ${move.detail} (${move.at})</li></#list></ul></#if>
<h3 style="font-size: 14px;">Weekly trend</h3>
<#if digest.chart><p><img src="cid:${digest.chartContentId}" alt="Weekly trend: blue: created, green: resolved" width="560" height="200"></p></#if>
<p style="font-size: 12px; color: #666;">blue: created, green: resolved</p>
</@frame.page>
