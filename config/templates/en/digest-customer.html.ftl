<#import "_layout.html.ftl" as frame>
<#import "_digest.ftl" as d>
<#macro item t><li><strong>${t.number}</strong> ${t.subject}: ${d.statuses[t.status]!t.status}</li></#macro>
<@frame.page>
<p>Hello,</p>
<p>Here is an overview of your requests from ${digest.from} to ${digest.to}.</p>
<#if digest.openTickets?has_content><h3 style="font-size: 14px;">Open requests</h3><ul><#list digest.openTickets as t><@item t/></#list></ul></#if>
<#if digest.done?has_content><h3 style="font-size: 14px;">Recently done</h3><ul><#list digest.done as t><@item t/></#list></ul></#if>
</@frame.page>
