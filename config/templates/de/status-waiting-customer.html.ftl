<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Um Ihr Anliegen <strong>${ticket.number}</strong> weiter zu bearbeiten, benötigen wir Angaben von Ihnen.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
<p>Bitte antworten Sie auf diese E-Mail. Wir fahren fort, sobald Ihre Antwort eintrifft.</p>
</@frame.page>
