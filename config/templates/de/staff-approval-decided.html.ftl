<#import "_layout.html.ftl" as frame>
<@frame.page>
<p>Guten Tag</p>
<p>Der Kunde ${approval.customerName} hat die Genehmigungsanfrage zu Ticket <strong>${approval.ticketNumber}</strong> <strong><#if approval.approved>GENEHMIGT<#else>ABGELEHNT</#if></strong>.</p>
<table style="border-collapse: collapse;">
<tr><td style="padding: 2px 12px 2px 0;">Entschieden von</td><td>${approval.decidedBy}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;">Entschieden am</td><td>${approval.decidedAt}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;">Über</td><td>${approval.via}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;">Angefragt von</td><td>${approval.requestedBy}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;">Umfang</td><td style="white-space: pre-wrap;">${approval.scope}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;">Termin</td><td>${approval.timeline}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;">Kosten</td><td>${approval.cost}</td></tr>
</table>
</@frame.page>
