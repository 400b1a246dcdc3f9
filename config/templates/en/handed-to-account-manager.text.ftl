<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

we have passed your request ${ticket.number} to your account manager,
${accountManager.name}, who will contact you directly.
<#if note?has_content>

${note}
</#if>
</@frame.page>
