<#import "_layout.html.ftl" as frame>
<#import "_digest.ftl" as d>
<#macro line t><li><strong>${t.number}</strong> ${t.subject}: ${d.statuses[t.status]!t.status}, ${t.ageDays} d, team ${t.team?has_content?then(t.team, "none")}, ${t.priority?has_content?then(t.priority, "-")}, ${d.waiting[t.waiting]}, SLA ${d.sla[t.sla]}<#if t.slaDueAt?has_content> (due ${t.slaDueAt})</#if></li></#macro>
<@frame.page>
<p>Hello ${digest.recipientName},</p>
<p>Your customers from ${digest.from} to ${digest.to}.</p>
<#list digest.customers as c>
<h2 style="font-size: 16px; margin-top: 20px;">${c.customerName}</h2>
<#if c.redFlags?has_content>
<h3 style="font-size: 14px; color: #b00020;">Red flags</h3>
<ul><#list c.redFlags as f><li><strong style="color: #b00020;">${d.flags[f.kind]}</strong>: <#if f.ticketNumber?has_content>${f.ticketNumber} ${f.subject}: </#if>${f.detail} (${f.at})</li></#list></ul>
</#if>
<#if c.openTickets?has_content><h3 style="font-size: 14px;">Open tickets</h3><ul><#list c.openTickets as t><@line t/></#list></ul></#if>
<#if c.opened?has_content><h3 style="font-size: 14px;">Opened</h3><ul><#list c.opened as t><@line t/></#list></ul></#if>
<#if c.done?has_content><h3 style="font-size: 14px;">Done</h3><ul><#list c.done as t><@line t/></#list></ul></#if>
<#if !c.redFlags?has_content && !c.openTickets?has_content && !c.opened?has_content && !c.done?has_content><p>Nothing to report.</p></#if>
</#list>
</@frame.page>
