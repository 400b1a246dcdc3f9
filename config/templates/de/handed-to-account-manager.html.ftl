<!DOCTYPE html>
<html lang="de">
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222;">
<p><#if contact.name?has_content>Guten Tag ${contact.name}<#else>Guten Tag</#if></p>
<p>Vielen Dank für Ihre Anfrage. Wir haben sie als Ticket <strong>${ticket.number}</strong> erfasst und an Ihre
Kundenbetreuung<#if accountManager.name?has_content> (${accountManager.name})</#if> weitergeleitet, die sich direkt bei Ihnen meldet.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
<p>Ihre Nachricht:</p>
<blockquote style="margin: 0 0 0 8px; padding-left: 8px; border-left: 3px solid #ccc; white-space: pre-wrap;">${message.visibleText}</blockquote>
<p>Freundliche Grüsse<br>${signature}</p>
</body>
</html>
