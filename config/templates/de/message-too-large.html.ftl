<!DOCTYPE html>
<html lang="de">
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222;">
<p><#if contact.name?has_content>Guten Tag ${contact.name}<#else>Guten Tag</#if></p>
<p>Wir haben Ihre Nachricht erhalten und als Ticket <strong>${ticket.number}</strong> erfasst.
Mit ${message.size} ist sie grösser als die ${message.maxSize}, die wir verarbeiten
können. Unser Team sieht deshalb nur Betreff und Absender, nicht aber Text und Anhänge.</p>
<p>Bitte antworten Sie auf diese Nachricht mit einer kürzeren Mitteilung und senden Sie
grosse Dateien als Link statt als Anhang. Lassen Sie [${ticket.number}] im Betreff
stehen, damit Ihre Nachricht beim selben Ticket ankommt.</p>
<p>Freundliche Grüsse<br>${signature}</p>
</body>
</html>
