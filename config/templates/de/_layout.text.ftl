<#macro greeting><#if contact.name?has_content>Guten Tag ${contact.name}<#else>Guten Tag</#if></#macro>
<#macro page>
<#nested>

Freundliche Grüsse
${layout.signature}

--
${layout.companyName}
<#if layout.footer?has_content>
${layout.footer}
</#if>
<#list layout.links as link>
${link.label}: ${link.url}
</#list>
</#macro>
