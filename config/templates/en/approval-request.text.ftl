<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

before we start work on your request ${ticket.number}, we need your approval of the following:

Scope:    ${approval.scope}
Timeline: ${approval.timeline}
Cost:     ${approval.cost}

To approve, open:
${approval.approveUrl}

To decline, open:
${approval.declineUrl}

You can also reply to this mail with APPROVE or DECLINE as the first line
(GENEHMIGT or ABGELEHNT work as well). Only replies from your company's addresses count.

This request is valid until ${approval.expiresAt}. If we send a new request for this
ticket, only the new one can be approved.

${approval.requestedByName}
</@frame.page>
