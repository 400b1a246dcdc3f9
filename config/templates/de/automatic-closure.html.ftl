<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Da wir nichts mehr von Ihnen gehört haben, haben wir Ihr Anliegen <strong>${ticket.number}</strong> als erledigt markiert.</p>
<p>Falls Sie weiterhin Hilfe benötigen, antworten Sie bis ${reopenUntil} auf diese E-Mail, dann öffnen wir es wieder.</p>
</@frame.page>
