<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Bevor wir mit der Arbeit an Ihrem Anliegen ${ticket.number} beginnen, benötigen wir Ihre
Genehmigung für Folgendes:

Umfang:  ${approval.scope}
Termin:  ${approval.timeline}
Kosten:  ${approval.cost}

Zum Genehmigen öffnen Sie:
${approval.approveUrl}

Zum Ablehnen öffnen Sie:
${approval.declineUrl}

Sie können auch auf diese E-Mail antworten und in die erste Zeile GENEHMIGT oder ABGELEHNT
schreiben (APPROVE oder DECLINE gelten ebenfalls). Es zählen nur Antworten von Adressen
Ihres Unternehmens.

Diese Anfrage gilt bis ${approval.expiresAt}. Schicken wir für dieses Ticket eine neue
Anfrage, kann nur noch die neue genehmigt werden.

${approval.requestedByName}
</@frame.page>
