<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>as we have not heard from you, we have marked your request <strong>${ticket.number}</strong> as resolved.</p>
<p>If you still need help, reply to this mail by ${reopenUntil} and we will reopen it.</p>
</@frame.page>
