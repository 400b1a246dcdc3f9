<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Ihr Anliegen ${ticket.number} ist jetzt abgeschlossen.
<#if note?has_content>

${note}
</#if>

Falls Sie dazu weitere Hilfe benötigen, antworten Sie auf diese E-Mail; wir kümmern uns darum.
</@frame.page>
