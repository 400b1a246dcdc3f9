<#import "_layout.text.ftl" as frame>
<#import "_digest.ftl" as d>
<#assign clocks = d.clocks>
<@frame.page>
Hallo,

<#if sla.kind == "breach">Das Ziel für die ${clocks[sla.clock]} von Anfrage ${sla.ticketNumber} (${sla.customerName}) wurde verfehlt. Es war fällig am ${sla.dueAt}.<#else>Das Ziel für die ${clocks[sla.clock]} von Anfrage ${sla.ticketNumber} (${sla.customerName}) hat ${sla.warningPercent}% seiner Zeit verbraucht. Es ist fällig am ${sla.dueAt}.</#if>

Betreff: ${sla.ticketSubject}
Priorität: ${sla.priority}
Team: ${sla.team}
Richtlinie: ${sla.policy}
</@frame.page>
