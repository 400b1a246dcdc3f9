<#import "_layout.text.ftl" as frame>
<#import "_digest.ftl" as d>
<#macro line t>${t.number} ${t.subject}: ${d.statuses[t.status]!t.status}, ${t.ageDays} T, Team ${t.team?has_content?then(t.team, "keins")}, ${t.priority?has_content?then(t.priority, "-")}, ${d.waiting[t.waiting]}, SLA ${d.sla[t.sla]}<#if t.slaDueAt?has_content> (fällig ${t.slaDueAt})</#if></#macro>
<@frame.page>
Hallo ${digest.recipientName},

Ihre Kunden vom ${digest.from} bis ${digest.to}.
<#list digest.customers as c>

== ${c.customerName} ==
<#if c.redFlags?has_content>
Warnsignale:
<#list c.redFlags as f>
- ${d.flags[f.kind]}: <#if f.ticketNumber?has_content>${f.ticketNumber} ${f.subject}: </#if>${f.detail} (${f.at})
</#list>
</#if>
<#if c.openTickets?has_content>
Offene Anfragen:
<#list c.openTickets as t>
- <@line t/>
</#list>
</#if>
<#if c.opened?has_content>
Neu eröffnet:
<#list c.opened as t>
- <@line t/>
</#list>
</#if>
<#if c.done?has_content>
Erledigt:
<#list c.done as t>
- <@line t/>
</#list>
</#if>
<#if !c.redFlags?has_content && !c.openTickets?has_content && !c.opened?has_content && !c.done?has_content>
Nichts zu berichten.
</#if>
</#list>
</@frame.page>
