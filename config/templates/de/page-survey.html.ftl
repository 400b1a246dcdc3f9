<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${page.companyName}</title></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; color: #222; max-width: 40em; margin: 2em auto; padding: 0 1em;">
<h1 style="font-size: 20px;">${page.companyName}</h1>
<#switch page.state>
<#case "confirm">
<form id="rating" method="post" action="${page.action}">
<input type="hidden" name="rating" value="${page.rating}">
<p>Ihre Bewertung: <strong>${page.rating} von 5</strong></p>
<p><button type="submit">Bewertung senden</button></p>
</form>
<script>document.getElementById("rating").submit();</script>
<#break>
<#case "recorded">
<p>Vielen Dank für Ihre Bewertung mit <strong>${page.rating} von 5</strong><#if page.ticketNumber?has_content> zu Ticket ${page.ticketNumber}</#if>.</p>
<form method="post" action="${page.commentAction}">
<p><label for="comment">Möchten Sie einen Kommentar hinzufügen? (freiwillig)</label></p>
<p><textarea id="comment" name="comment" rows="6" cols="60" maxlength="4000"></textarea></p>
<p><button type="submit">Kommentar senden</button></p>
</form>
<#break>
<#case "comment-saved">
<p>Vielen Dank, Ihr Kommentar ist gespeichert.</p>
<#break>
<#case "expired">
<p>Dieser Umfragelink ist abgelaufen.</p>
<#break>
<#case "answered">
<p>Diese Umfrage wurde bereits beantwortet. Vielen Dank.</p>
<#break>
<#default>
<p>Dieser Link ist ungültig. Bitte verwenden Sie den Link genau so, wie er in unserer E-Mail steht.</p>
</#switch>
</body>
</html>
