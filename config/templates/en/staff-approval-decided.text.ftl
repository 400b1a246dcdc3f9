<#import "_layout.text.ftl" as frame>
<@frame.page>
Hello,

the customer ${approval.customerName} has <#if approval.approved>APPROVED<#else>DECLINED</#if> the approval request for ticket ${approval.ticketNumber}.

Decided by: ${approval.decidedBy}
Decided at: ${approval.decidedAt}
Via:        ${approval.via}
Requested:  ${approval.requestedBy}

Scope:    ${approval.scope}
Timeline: ${approval.timeline}
Cost:     ${approval.cost}
</@frame.page>
