<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>we have recorded your decision: the following request was <strong><#if approval.approved>APPROVED<#else>DECLINED</#if></strong>
by ${approval.decidedBy} on ${approval.decidedAt}.</p>
<table style="border-collapse: collapse;">
<tr><td style="padding: 2px 12px 2px 0;"><strong>Scope</strong></td><td style="white-space: pre-wrap;">${approval.scope}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;"><strong>Timeline</strong></td><td>${approval.timeline}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;"><strong>Cost</strong></td><td>${approval.cost}</td></tr>
</table>
<p><#if approval.approved>We will start the work as described.<#else>We will not start this work. Your contact person will get in touch about the next steps.</#if></p>
</@frame.page>
