<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Vielen Dank für Ihre Nachricht. Wir haben sie erhalten und als Ticket <strong>${ticket.number}</strong> erfasst.
Unser Kundendienst meldet sich so bald wie möglich bei Ihnen.</p>
<p>Wenn Sie uns zu diesem Anliegen erneut schreiben, antworten Sie bitte einfach auf diese E-Mail und lassen Sie
[${ticket.number}] im Betreff stehen, damit Ihre Nachricht dem richtigen Ticket zugeordnet wird.</p>
<p>Ihre Nachricht:</p>
<blockquote style="margin: 0 0 0 8px; padding-left: 8px; border-left: 3px solid #ccc; white-space: pre-wrap;">${message.visibleText}</blockquote>
</@frame.page>
