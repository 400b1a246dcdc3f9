<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Wir betrachten Ihr Anliegen ${ticket.number} als erledigt.
<#if note?has_content>

${note}
</#if>

Falls das Problem weiterhin besteht, antworten Sie bis ${reopenUntil} auf diese E-Mail,
dann öffnen wir das Ticket wieder. Eine spätere Antwort eröffnet ein neues Ticket mit
Verweis auf dieses.
</@frame.page>
