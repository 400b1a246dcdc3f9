<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

as we have not heard from you, we have marked your request ${ticket.number} as resolved.

If you still need help, reply to this mail by ${reopenUntil} and we will reopen it.
</@frame.page>
