<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Zu Ihrem Anliegen ${ticket.number} warten wir noch auf Ihre Antwort.

Bitte antworten Sie auf diese E-Mail. Hören wir bis ${reminder.autoResolveAt} nichts von
Ihnen, betrachten wir das Anliegen als erledigt.
</@frame.page>
