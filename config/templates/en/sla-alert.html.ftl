<#import "_layout.html.ftl" as frame>
<#import "_digest.ftl" as d>
<#assign clocks = d.clocks>
<@frame.page>
<p>Hello,</p>
<p><#if sla.kind == "breach">The ${clocks[sla.clock]} target of ticket ${sla.ticketNumber} (${sla.customerName}) was missed. It was due ${sla.dueAt}.<#else>The ${clocks[sla.clock]} target of ticket ${sla.ticketNumber} (${sla.customerName}) has passed ${sla.warningPercent}% of its time. It is due ${sla.dueAt}.</#if></p>
<p>Subject: ${sla.ticketSubject}<br>
Priority: ${sla.priority}<br>
Team: ${sla.team}<br>
Policy: ${sla.policy}</p>
</@frame.page>
