<#import "_layout.html.ftl" as frame>
<#import "_digest.ftl" as d>
<#assign clocks = d.clocks>
<@frame.page>
<p>Hallo,</p>
<p><#if sla.kind == "breach">Das Ziel für die ${clocks[sla.clock]} von Anfrage ${sla.ticketNumber} (${sla.customerName}) wurde verfehlt. Es war fällig am ${sla.dueAt}.<#else>Das Ziel für die ${clocks[sla.clock]} von Anfrage ${sla.ticketNumber} (${sla.customerName}) hat ${sla.warningPercent}% seiner Zeit verbraucht. Es ist fällig am ${sla.dueAt}.</#if></p>
<p>Betreff: ${sla.ticketSubject}<br>
Priorität: ${sla.priority}<br>
Team: ${sla.team}<br>
Richtlinie: ${sla.policy}</p>
</@frame.page>
