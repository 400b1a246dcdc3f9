<!DOCTYPE html>
<html lang="en">
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222;">
<p><#if contact.name?has_content>Dear ${contact.name},<#else>Hello,</#if></p>
<p>thank you for your request. We have registered it as ticket <strong>${ticket.number}</strong> and passed it
to your account manager<#if accountManager.name?has_content>, ${accountManager.name},</#if> who will contact you directly.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
<p>Your message:</p>
<blockquote style="margin: 0 0 0 8px; padding-left: 8px; border-left: 3px solid #ccc; white-space: pre-wrap;">${message.visibleText}</blockquote>
<p>Kind regards<br>${signature}</p>
</body>
</html>
