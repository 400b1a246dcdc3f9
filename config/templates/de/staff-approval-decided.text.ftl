<#import "_layout.text.ftl" as frame>
<@frame.page>
Guten Tag

Der Kunde ${approval.customerName} hat die Genehmigungsanfrage zu Ticket ${approval.ticketNumber} <#if approval.approved>GENEHMIGT<#else>ABGELEHNT</#if>.

Entschieden von: ${approval.decidedBy}
Entschieden am:  ${approval.decidedAt}
Über:            ${approval.via}
Angefragt von:   ${approval.requestedBy}

Umfang:  ${approval.scope}
Termin:  ${approval.timeline}
Kosten:  ${approval.cost}
</@frame.page>
