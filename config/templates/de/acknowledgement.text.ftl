<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Vielen Dank für Ihre Nachricht. Wir haben sie erhalten und als Ticket ${ticket.number} erfasst.
Unser Kundendienst meldet sich so bald wie möglich bei Ihnen.

Wenn Sie uns zu diesem Anliegen erneut schreiben, antworten Sie bitte einfach auf diese
E-Mail und lassen Sie [${ticket.number}] im Betreff stehen, damit Ihre Nachricht dem
richtigen Ticket zugeordnet wird.

Ihre Nachricht:
<#list message.visibleText?split("\n") as line>
> ${line}
</#list>
</@frame.page>
