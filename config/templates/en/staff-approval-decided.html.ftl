<#import "_layout.html.ftl" as frame>
<@frame.page>
<p>Hello,</p>
<p>the customer ${approval.customerName} has <strong><#if approval.approved>APPROVED<#else>DECLINED</#if></strong> the approval request for ticket <strong>${approval.ticketNumber}</strong>.</p>
<table style="border-collapse: collapse;">
<tr><td style="padding: 2px 12px 2px 0;">Decided by</td><td>${approval.decidedBy}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;">Decided at</td><td>${approval.decidedAt}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;">Via</td><td>${approval.via}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;">Requested by</td><td>${approval.requestedBy}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;">Scope</td><td style="white-space: pre-wrap;">${approval.scope}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;">Timeline</td><td>${approval.timeline}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;">Cost</td><td>${approval.cost}</td></tr>
</table>
</@frame.page>
