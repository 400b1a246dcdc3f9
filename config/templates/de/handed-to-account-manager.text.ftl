<#if contact.name?has_content>Guten Tag ${contact.name}<#else>Guten Tag</#if>

Vielen Dank für Ihre Anfrage. Wir haben sie als Ticket ${ticket.number} erfasst und an Ihre
Kundenbetreuung<#if accountManager.name?has_content> (${accountManager.name})</#if> weitergeleitet, die sich direkt bei Ihnen meldet.
<#if note?has_content>

${note}
</#if>

Ihre Nachricht:
<#list message.visibleText?split("\n") as line>
> ${line}
</#list>

Freundliche Grüsse
${signature}
