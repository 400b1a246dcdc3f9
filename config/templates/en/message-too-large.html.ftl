<!DOCTYPE html>
<html lang="en">
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222;">
<p><#if contact.name?has_content>Dear ${contact.name},<#else>Hello,</#if></p>
<p>we have received your message and registered it as ticket <strong>${ticket.number}</strong>.
At ${message.size} it is larger than the ${message.maxSize} we can process, so our team
sees only its subject and sender, not its text or attachments.</p>
<p>Please reply to this mail with a shorter message, and share large files by a link
instead of attaching them. Keep [${ticket.number}] in the subject, so that your
message reaches the same ticket.</p>
<p>Kind regards<br>${signature}</p>
</body>
</html>
