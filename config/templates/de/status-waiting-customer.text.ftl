<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Um Ihr Anliegen ${ticket.number} weiter zu bearbeiten, benötigen wir Angaben von Ihnen.
<#if note?has_content>

${note}
</#if>

Bitte antworten Sie auf diese E-Mail. Wir fahren fort, sobald Ihre Antwort eintrifft.
</@frame.page>
