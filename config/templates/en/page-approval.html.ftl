<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${page.companyName}</title></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; color: #222; max-width: 40em; margin: 2em auto; padding: 0 1em;">
<h1 style="font-size: 20px;">${page.companyName}</h1>
<#switch page.state>
<#case "form">
<p>Approval request for ticket <strong>${page.ticketNumber}</strong>:</p>
<table style="border-collapse: collapse;">
<tr><td style="padding: 2px 12px 2px 0;"><strong>Scope</strong></td><td style="white-space: pre-wrap;">${page.scope}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;"><strong>Timeline</strong></td><td>${page.timeline}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;"><strong>Cost</strong></td><td>${page.cost}</td></tr>
</table>
<form method="post" action="${page.action}">
<p>
<button type="submit" name="decision" value="approve"<#if page.decision == "approve"> autofocus</#if>>Approve</button>
<button type="submit" name="decision" value="decline"<#if page.decision == "decline"> autofocus</#if>>Decline</button>
</p>
</form>
<#break>
<#case "recorded">
<p>Thank you. Your decision for ticket <strong>${page.ticketNumber}</strong> is recorded:
<strong><#if page.approved>APPROVED<#else>DECLINED</#if></strong>. You will receive a confirmation by mail.</p>
<#break>
<#case "expired">
<p>This approval link has expired. Please reply to our mail or ask your contact person for a new request.</p>
<#break>
<#case "decided">
<p>A decision on this request has already been recorded. Each link can be used only once.</p>
<#break>
<#case "superseded">
<p>This request has been replaced by a newer one. Please use the links in the most recent mail.</p>
<#break>
<#case "not-allowed">
<p>This link was sent to an address that may no longer decide for this ticket. Please contact us.</p>
<#break>
<#default>
<p>This link is not valid. Please use the link exactly as it appears in our mail.</p>
</#switch>
</body>
</html>
