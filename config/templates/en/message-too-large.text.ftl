<#if contact.name?has_content>Dear ${contact.name},<#else>Hello,</#if>

we have received your message and registered it as ticket ${ticket.number}.
At ${message.size} it is larger than the ${message.maxSize} we can process, so our team
sees only its subject and sender, not its text or attachments.

Please reply to this mail with a shorter message, and share large files by a link
instead of attaching them. Keep [${ticket.number}] in the subject, so that your
message reaches the same ticket.

Kind regards
${signature}
