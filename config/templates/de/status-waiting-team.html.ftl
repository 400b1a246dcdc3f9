<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Ihr Anliegen <strong>${ticket.number}</strong> liegt jetzt bei <#if teamRole?has_content>${teamRole}<#else>einem unserer Fachteams</#if>.
Wir halten Sie auf dem Laufenden und melden uns spätestens am ${nextUpdate} wieder.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
</@frame.page>
