<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

we consider your request ${ticket.number} resolved.
<#if note?has_content>

${note}
</#if>

If the problem persists, reply to this mail by ${reopenUntil} and we will reopen the
ticket. A later reply opens a new ticket that refers to this one.
</@frame.page>
