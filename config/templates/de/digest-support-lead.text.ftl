<#import "_layout.text.ftl" as frame>
<#import "_digest.ftl" as d>
<#assign m = digest.metrics>
<@frame.page>
Hallo,

Support-Kennzahlen vom ${digest.metrics.from} bis ${digest.metrics.to}.

Mengen
Neue Anfragen: ${m.created}
Nach Kunde: <#list m.createdByCustomer as key, value>${key} ${value}<#sep>, </#list>
Nach Team: <#list m.createdByTeam as key, value>${key} ${value}<#sep>, </#list>
Nach Art: <#list m.createdByType as key, value>${key} ${value}<#sep>, </#list>

Zeiten (Minuten)
Erstreaktion: Median ${m.firstResponse.medianMinutes}, 90. Perzentil ${m.firstResponse.p90Minutes} (${m.firstResponse.count} Anfragen)
Lösung: Median ${m.resolution.medianMinutes}, 90. Perzentil ${m.resolution.p90Minutes} (${m.resolution.count} Anfragen)

SLA-Einhaltung: ${m.sla.compliancePercent}% (${m.sla.met} / ${m.sla.ended} im Ziel; ${m.sla.breachedInPeriod} im Zeitraum verletzt)
Wiedereröffnungsquote: ${m.reopens.reopenPercent}% (${m.reopens.reopened} wiedereröffnet, ${m.reopens.resolved} gelöst)
Zufriedenheit: Durchschnitt ${m.satisfaction.average} (${m.satisfaction.ratings} Bewertungen, ${m.satisfaction.low} schlecht, ${m.satisfaction.positivePercent}% mit 4 oder 5 bewertet)

Zwischen Teams verschobene Anfragen: ${m.teamMoveCount}
<#list m.teamMoves as move>
- ${move.ticketNumber}: ${move.detail} (${move.at})
</#list>

Wochenverlauf (blau: neu, grün: gelöst)
<#list m.trend as p>
Woche ab ${p.weekStart}: ${p.created} neu, ${p.resolved} gelöst
</#list>
</@frame.page>
