<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Bevor wir mit der Arbeit an Ihrem Anliegen <strong>${ticket.number}</strong> beginnen, benötigen wir Ihre Genehmigung für Folgendes:</p>
<table style="border-collapse: collapse;">
<tr><td style="padding: 2px 12px 2px 0;"><strong>Umfang</strong></td><td style="white-space: pre-wrap;">${approval.scope}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;"><strong>Termin</strong></td><td>${approval.timeline}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;"><strong>Kosten</strong></td><td>${approval.cost}</td></tr>
</table>
<p><a href="${approval.approveUrl}">Genehmigen</a> &nbsp; | &nbsp; <a href="${approval.declineUrl}">Ablehnen</a></p>
<p>Sie können auch auf diese E-Mail antworten und in die erste Zeile <strong>GENEHMIGT</strong> oder <strong>ABGELEHNT</strong> schreiben
(APPROVE oder DECLINE gelten ebenfalls). Es zählen nur Antworten von Adressen Ihres Unternehmens.</p>
<p>Diese Anfrage gilt bis ${approval.expiresAt}. Schicken wir für dieses Ticket eine neue Anfrage, kann nur noch die neue genehmigt werden.</p>
<p>${approval.requestedByName}</p>
</@frame.page>
