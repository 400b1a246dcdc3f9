<#import "_layout.text.ftl" as frame>
<@frame.page>
Hello,

${rating.respondent} (${rating.customerName}) gave a rating of ${rating.value} out of 5<#if rating.ticketNumber?has_content> for ticket ${rating.ticketNumber}<#else> in the customer survey</#if>.
<#if rating.comment?has_content>

Comment:
${rating.comment}
</#if>

Please get in touch with the customer.
</@frame.page>
