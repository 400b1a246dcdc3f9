<#import "_layout.text.ftl" as frame>
<#import "_digest.ftl" as d>
<#assign clocks = d.clocks>
<@frame.page>
Hello,

<#if sla.kind == "breach">The ${clocks[sla.clock]} target of ticket ${sla.ticketNumber} (${sla.customerName}) was missed. It was due ${sla.dueAt}.<#else>The ${clocks[sla.clock]} target of ticket ${sla.ticketNumber} (${sla.customerName}) has passed ${sla.warningPercent}% of its time. It is due ${sla.dueAt}.</#if>

Subject: ${sla.ticketSubject}
Priority: ${sla.priority}
Team: ${sla.team}
Policy: ${sla.policy}
</@frame.page>
