<#import "_layout.html.ftl" as frame>
<#import "_digest.ftl" as d>
<#assign m = digest.metrics>
<@frame.page>
<p>Hallo,</p>
<p>Support-Kennzahlen vom ${digest.metrics.from} bis ${digest.metrics.to}.</p>
<h3 style="font-size: 14px;">Mengen</h3>
<p>Neue Anfragen: <strong>${m.created}</strong><br>
Nach Kunde: <#list m.createdByCustomer as key, value>${key} ${value}<#sep>, </#list><br>
Nach Team: <#list m.createdByTeam as key, value>${key} ${value}<#sep>, </#list><br>
Nach Art: <#list m.createdByType as key, value>${key} ${value}<#sep>, </#list></p>
<h3 style="font-size: 14px;">Zeiten (Minuten)</h3>
<table style="border-collapse: collapse;">
<tr><th></th><th style="padding: 2px 8px;">Median</th><th style="padding: 2px 8px;">90. Perzentil</th><th style="padding: 2px 8px;">Anfragen</th></tr>
<tr><td>Erstreaktion</td><td style="padding: 2px 8px;">${m.firstResponse.medianMinutes}</td><td style="padding: 2px 8px;">${m.firstResponse.p90Minutes}</td><td style="padding: 2px 8px;">${m.firstResponse.count}</td></tr>
<tr><td>Lösung</td><td style="padding: 2px 8px;">${m.resolution.medianMinutes}</td><td style="padding: 2px 8px;">${m.resolution.p90Minutes}</td><td style="padding: 2px 8px;">${m.resolution.count}</td></tr>
</table>
<p>SLA-Einhaltung: <strong>${m.sla.compliancePercent}%</strong> (${m.sla.met} / ${m.sla.ended} im Ziel; ${m.sla.breachedInPeriod} im Zeitraum verletzt)<br>
Wiedereröffnungsquote: <strong>${m.reopens.reopenPercent}%</strong> (${m.reopens.reopened} wiedereröffnet, ${m.reopens.resolved} gelöst)<br>
Zufriedenheit: Durchschnitt <strong>${m.satisfaction.average}</strong> (${m.satisfaction.ratings} Bewertungen, ${m.satisfaction.low} schlecht, ${m.satisfaction.positivePercent}% mit 4 oder 5 bewertet)</p>
<h3 style="font-size: 14px;">Zwischen Teams verschobene Anfragen: ${m.teamMoveCount}</h3>
<#if m.teamMoves?has_content><ul><#list m.teamMoves as move><li>${move.ticketNumber}: ${move.detail} (${move.at})</li></#list></ul></#if>
<h3 style="font-size: 14px;">Wochenverlauf</h3>
<#if digest.chart><p><img src="cid:${digest.chartContentId}" alt="Wochenverlauf: blau: neu, grün: gelöst" width="560" height="200"></p></#if>
<p style="font-size: 12px; color: #666;">blau: neu, grün: gelöst</p>
</@frame.page>
