<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>thank you for your message. We have received it and registered it as ticket <strong>${ticket.number}</strong>.
Our Customer Support team will get back to you as soon as possible.</p>
<p>If you write to us about this request again, simply reply to this mail and keep
[${ticket.number}] in the subject, so that your message reaches the same ticket.</p>
<p>Your message:</p>
<blockquote style="margin: 0 0 0 8px; padding-left: 8px; border-left: 3px solid #ccc; white-space: pre-wrap;">${message.visibleText}</blockquote>
</@frame.page>
