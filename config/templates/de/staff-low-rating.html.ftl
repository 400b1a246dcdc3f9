<#import "_layout.html.ftl" as frame>
<@frame.page>
<p>Guten Tag</p>
<p>${rating.respondent} (${rating.customerName}) hat <#if rating.ticketNumber?has_content>Ticket <strong>${rating.ticketNumber}</strong><#else>in der Kundenumfrage</#if> mit <strong>${rating.value} von 5</strong> bewertet.</p>
<#if rating.comment?has_content><p>Kommentar:</p><blockquote style="white-space: pre-wrap;">${rating.comment}</blockquote></#if>
<p>Bitte nehmen Sie mit dem Kunden Kontakt auf.</p>
</@frame.page>
