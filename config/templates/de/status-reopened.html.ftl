<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Wir haben Ihr Anliegen <strong>${ticket.number}</strong> wieder eröffnet und bearbeiten es erneut.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
</@frame.page>
