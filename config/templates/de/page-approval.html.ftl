<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${page.companyName}</title></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; color: #222; max-width: 40em; margin: 2em auto; padding: 0 1em;">
<h1 style="font-size: 20px;">${page.companyName}</h1>
<#switch page.state>
<#case "form">
<p>Genehmigungsanfrage zu Ticket <strong>${page.ticketNumber}</strong>:</p>
<table style="border-collapse: collapse;">
<tr><td style="padding: 2px 12px 2px 0;"><strong>Umfang</strong></td><td style="white-space: pre-wrap;">${page.scope}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;"><strong>Termin</strong></td><td>${page.timeline}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;"><strong>Kosten</strong></td><td>${page.cost}</td></tr>
</table>
<form method="post" action="${page.action}">
<p>
<button type="submit" name="decision" value="approve"<#if page.decision == "approve"> autofocus</#if>>Genehmigen</button>
<button type="submit" name="decision" value="decline"<#if page.decision == "decline"> autofocus</#if>>Ablehnen</button>
</p>
</form>
<#break>
<#case "recorded">
<p>Vielen Dank. Ihr Entscheid zu Ticket <strong>${page.ticketNumber}</strong> ist erfasst:
<strong><#if page.approved>GENEHMIGT<#else>ABGELEHNT</#if></strong>. Sie erhalten eine Bestätigung per E-Mail.</p>
<#break>
<#case "expired">
<p>Dieser Genehmigungslink ist abgelaufen. Bitte antworten Sie auf unsere E-Mail oder bitten Sie Ihre Ansprechperson um eine neue Anfrage.</p>
<#break>
<#case "decided">
<p>Zu dieser Anfrage ist bereits ein Entscheid erfasst. Jeder Link kann nur einmal verwendet werden.</p>
<#break>
<#case "superseded">
<p>Diese Anfrage wurde durch eine neuere ersetzt. Bitte verwenden Sie die Links in der neuesten E-Mail.</p>
<#break>
<#case "not-allowed">
<p>Dieser Link ging an eine Adresse, die für dieses Ticket nicht mehr entscheiden darf. Bitte nehmen Sie mit uns Kontakt auf.</p>
<#break>
<#default>
<p>Dieser Link ist ungültig. Bitte verwenden Sie den Link genau so, wie er in unserer E-Mail steht.</p>
</#switch>
</body>
</html>
