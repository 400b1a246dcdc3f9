<#if contact.name?has_content>Dear ${contact.name},<#else>Hello,</#if>

thank you for your request. We have registered it as ticket ${ticket.number} and passed it
to your account manager<#if accountManager.name?has_content>, ${accountManager.name},</#if> who will contact you directly.
<#if note?has_content>

${note}
</#if>

Your message:
<#list message.visibleText?split("\n") as line>
> ${line}
</#list>

Kind regards
${signature}
