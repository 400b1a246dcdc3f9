<#import "_layout.text.ftl" as frame>
<@frame.page>
Guten Tag

${rating.respondent} (${rating.customerName}) hat <#if rating.ticketNumber?has_content>Ticket ${rating.ticketNumber}<#else>in der Kundenumfrage</#if> mit ${rating.value} von 5 bewertet.
<#if rating.comment?has_content>

Kommentar:
${rating.comment}
</#if>

Bitte nehmen Sie mit dem Kunden Kontakt auf.
</@frame.page>
