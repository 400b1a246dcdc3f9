<#import "_layout.text.ftl" as frame>
<#import "_digest.ftl" as d>
<#macro line t>${t.number} ${t.subject}: ${d.statuses[t.status]!t.status}, ${t.ageDays} d, team ${t.team?has_content?then(t.team, "none")}, ${t.priority?has_content?then(t.priority, "-")}, ${d.waiting[t.waiting]}, SLA ${d.sla[t.sla]}<#if t.slaDueAt?has_content> (due ${t.slaDueAt})</#if></#macro>
<@frame.page>
Hello ${digest.recipientName},

Your customers from ${digest.from} to ${digest.to}.
<#list digest.customers as c>

== ${c.customerName} ==
<#if c.redFlags?has_content>
Red flags:
<#list c.redFlags as f>
- ${d.flags[f.kind]}: <#if f.ticketNumber?has_content>${f.ticketNumber} ${f.subject}: </#if>${f.detail} (${f.at})
</#list>
</#if>
<#if c.openTickets?has_content>
Open tickets:
<#list c.openTickets as t>
- <@line t/>
</#list>
</#if>
<#if c.opened?has_content>
Opened:
<#list c.opened as t>
- <@line t/>
</#list>
</#if>
<#if c.done?has_content>
Done:
<#list c.done as t>
- <@line t/>
</#list>
</#if>
<#if !c.redFlags?has_content && !c.openTickets?has_content && !c.opened?has_content && !c.done?has_content>
Nothing to report.
</#if>
</#list>
</@frame.page>
