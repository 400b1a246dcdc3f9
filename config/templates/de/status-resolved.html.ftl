<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Wir betrachten Ihr Anliegen <strong>${ticket.number}</strong> als erledigt.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
<p>Falls das Problem weiterhin besteht, antworten Sie bis ${reopenUntil} auf diese E-Mail, dann öffnen wir das Ticket wieder.
Eine spätere Antwort eröffnet ein neues Ticket mit Verweis auf dieses.</p>
</@frame.page>
