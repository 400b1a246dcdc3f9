<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>we are still waiting for your answer on request <strong>${ticket.number}</strong>.</p>
<p>Please reply to this mail. If we do not hear from you by ${reminder.autoResolveAt}, we will consider the request resolved.</p>
</@frame.page>
