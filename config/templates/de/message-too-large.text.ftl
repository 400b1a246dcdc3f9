<#if contact.name?has_content>Guten Tag ${contact.name}<#else>Guten Tag</#if>

Wir haben Ihre Nachricht erhalten und als Ticket ${ticket.number} erfasst.
Mit ${message.size} ist sie grösser als die ${message.maxSize}, die wir verarbeiten
können. Unser Team sieht deshalb nur Betreff und Absender, nicht aber Text und Anhänge.

Bitte antworten Sie auf diese Nachricht mit einer kürzeren Mitteilung und senden Sie
grosse Dateien als Link statt als Anhang. Lassen Sie [${ticket.number}] im Betreff
stehen, damit Ihre Nachricht beim selben Ticket ankommt.

Freundliche Grüsse
${signature}
