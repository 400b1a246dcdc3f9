<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Wir haben Ihr Anliegen ${ticket.number} wieder eröffnet und bearbeiten es erneut.
<#if note?has_content>

${note}
</#if>
</@frame.page>
