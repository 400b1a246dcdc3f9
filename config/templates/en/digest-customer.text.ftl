<#import "_layout.text.ftl" as frame>
<#import "_digest.ftl" as d>
<#macro item t>${t.number} ${t.subject}: ${d.statuses[t.status]!t.status}</#macro>
<@frame.page>
Hello,

Here is an overview of your requests from ${digest.from} to ${digest.to}.
<#if digest.openTickets?has_content>

Open requests:
<#list digest.openTickets as t>
- <@item t/>
</#list>
</#if>
<#if digest.done?has_content>

Recently done:
<#list digest.done as t>
- <@item t/>
</#list>
</#if>
</@frame.page>
