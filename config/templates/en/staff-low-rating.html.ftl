<#import "_layout.html.ftl" as frame>
<@frame.page>
<p>Hello,</p>
<p>${rating.respondent} (${rating.customerName}) gave a rating of <strong>${rating.value} out of 5</strong><#if rating.ticketNumber?has_content> for ticket <strong>${rating.ticketNumber}</strong><#else> in the customer survey</#if>.</p>
<#if rating.comment?has_content><p>Comment:</p><blockquote style="white-space: pre-wrap;">${rating.comment}</blockquote></#if>
<p>Please get in touch with the customer.</p>
</@frame.page>
