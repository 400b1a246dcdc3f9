<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

we have reopened your request ${ticket.number} and are working on it again.
<#if note?has_content>

${note}
</#if>
</@frame.page>
