<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

thank you for your message. We have received it and registered it as ticket ${ticket.number}.
Our Customer Support team will get back to you as soon as possible.

If you write to us about this request again, simply reply to this mail and keep
[${ticket.number}] in the subject, so that your message reaches the same ticket.

Your message:
<#list message.visibleText?split("\n") as line>
> ${line}
</#list>
</@frame.page>
