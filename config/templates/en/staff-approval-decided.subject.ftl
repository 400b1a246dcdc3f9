Approval <#if approval.approved>APPROVED<#else>DECLINED</#if>: ${approval.ticketSubject}
