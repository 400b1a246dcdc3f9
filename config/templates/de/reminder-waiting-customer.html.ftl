<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Zu Ihrem Anliegen <strong>${ticket.number}</strong> warten wir noch auf Ihre Antwort.</p>
<p>Bitte antworten Sie auf diese E-Mail. Hören wir bis ${reminder.autoResolveAt} nichts von Ihnen, betrachten wir das Anliegen als erledigt.</p>
</@frame.page>
