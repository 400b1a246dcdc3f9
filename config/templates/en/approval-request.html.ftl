<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>before we start work on your request <strong>${ticket.number}</strong>, we need your approval of the following:</p>
<table style="border-collapse: collapse;">
<tr><td style="padding: 2px 12px 2px 0;"><strong>Scope</strong></td><td style="white-space: pre-wrap;">${approval.scope}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;"><strong>Timeline</strong></td><td>${approval.timeline}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;"><strong>Cost</strong></td><td>${approval.cost}</td></tr>
</table>
<p><a href="${approval.approveUrl}">Approve</a> &nbsp; | &nbsp; <a href="${approval.declineUrl}">Decline</a></p>
<p>You can also reply to this mail with <strong>APPROVE</strong> or <strong>DECLINE</strong> as the first line
(GENEHMIGT or ABGELEHNT work as well). Only replies from your company's addresses count.</p>
<p>This request is valid until ${approval.expiresAt}. If we send a new request for this ticket, only the new one can be approved.</p>
<p>${approval.requestedByName}</p>
</@frame.page>
