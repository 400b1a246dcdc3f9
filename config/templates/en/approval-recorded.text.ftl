<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

we have recorded your decision: the following request was <#if approval.approved>APPROVED<#else>DECLINED</#if>
by ${approval.decidedBy} on ${approval.decidedAt}.

Scope:    ${approval.scope}
Timeline: ${approval.timeline}
Cost:     ${approval.cost}

<#if approval.approved>We will start the work as described.<#else>We will not start this work. Your contact person will get in touch about the next steps.</#if>
</@frame.page>
