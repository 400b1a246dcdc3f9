<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Ihr Anliegen ${ticket.number} liegt jetzt bei <#if teamRole?has_content>${teamRole}<#else>einem unserer Fachteams</#if>.
Wir halten Sie auf dem Laufenden und melden uns spätestens am ${nextUpdate} wieder.
<#if note?has_content>

${note}
</#if>
</@frame.page>
