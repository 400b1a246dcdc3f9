<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Wir haben Ihr Anliegen ${ticket.number} an Ihre Kundenbetreuung, ${accountManager.name},
übergeben. Sie erhalten direkt von dort Bescheid.
<#if note?has_content>

${note}
</#if>
</@frame.page>
