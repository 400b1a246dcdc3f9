<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Da wir nichts mehr von Ihnen gehört haben, haben wir Ihr Anliegen ${ticket.number} als
erledigt markiert.

Falls Sie weiterhin Hilfe benötigen, antworten Sie bis ${reopenUntil} auf diese E-Mail,
dann öffnen wir es wieder.
</@frame.page>
