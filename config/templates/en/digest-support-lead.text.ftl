<#import "_layout.text.ftl" as frame>
<#import "_digest.ftl" as d>
<#assign m = digest.metrics>
<@frame.page>
Hello,

Support figures from ${digest.metrics.from} to ${digest.metrics.to}.

Volumes
Created tickets: ${m.created}
By customer: <#list m.createdByCustomer as key, value>${key} ${value}<#sep>, </#list>
By team: <#list m.createdByTeam as key, value>${key} ${value}<#sep>, </#list>
By type: <#list m.createdByType as key, value>${key} ${value}<#sep>, </#list>

Times (minutes)
First response: median ${m.firstResponse.medianMinutes}, 90th percentile ${m.firstResponse.p90Minutes} (${m.firstResponse.count} tickets)
Resolution: median ${m.resolution.medianMinutes}, 90th percentile ${m.resolution.p90Minutes} (${m.resolution.count} tickets)

SLA compliance: ${m.sla.compliancePercent}% (${m.sla.met} / ${m.sla.ended} met their target; ${m.sla.breachedInPeriod} breached in the period)
Reopen rate: ${m.reopens.reopenPercent}% (${m.reopens.reopened} reopened, ${m.reopens.resolved} resolved)
Satisfaction: average ${m.satisfaction.average} (${m.satisfaction.ratings} ratings, ${m.satisfaction.low} low, ${m.satisfaction.positivePercent}% rated 4 or 5)

Tickets moved between teams: ${m.teamMoveCount}
<#list m.teamMoves as move>
- ${move.ticketNumber}: ${move.detail} (${move.at})
</#list>

Weekly trend (blue: created, green: resolved)
<#list m.trend as p>
week from ${p.weekStart}: ${p.created} created, ${p.resolved} resolved
</#list>
</@frame.page>
