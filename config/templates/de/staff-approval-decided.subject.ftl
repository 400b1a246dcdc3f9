Genehmigung <#if approval.approved>ERTEILT<#else>ABGELEHNT</#if>: ${approval.ticketSubject}
