<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

your request ${ticket.number} is now closed.
<#if note?has_content>

${note}
</#if>

If you need further help with it, reply to this mail and we will take care of it.
</@frame.page>
