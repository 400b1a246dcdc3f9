<#import "_layout.html.ftl" as frame>
<#import "_digest.ftl" as d>
<#macro item t><li><strong>${t.number}</strong> ${t.subject}: ${d.statuses[t.status]!t.status}</li></#macro>
<@frame.page>
<p>Hallo,</p>
<p>Hier ist die Übersicht Ihrer Anfragen vom ${digest.from} bis ${digest.to}.</p>
<#if digest.openTickets?has_content><h3 style="font-size: 14px;">Offene Anfragen</h3><ul><#list digest.openTickets as t><@item t/></#list></ul></#if>
<#if digest.done?has_content><h3 style="font-size: 14px;">Kürzlich erledigt</h3><ul><#list digest.done as t><@item t/></#list></ul></#if>
</@frame.page>
