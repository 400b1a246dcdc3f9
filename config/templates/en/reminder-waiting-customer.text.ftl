<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

we are still waiting for your answer on request ${ticket.number}.

Please reply to this mail. If we do not hear from you by ${reminder.autoResolveAt},
we will consider the request resolved.
</@frame.page>
