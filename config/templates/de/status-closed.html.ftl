<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Ihr Anliegen <strong>${ticket.number}</strong> ist jetzt abgeschlossen.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
<p>Falls Sie dazu weitere Hilfe benötigen, antworten Sie auf diese E-Mail; wir kümmern uns darum.</p>
</@frame.page>
