<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Wir haben Ihr Anliegen <strong>${ticket.number}</strong> an Ihre Kundenbetreuung, ${accountManager.name},
übergeben. Sie erhalten direkt von dort Bescheid.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
</@frame.page>
