<#macro greeting><#if contact.name?has_content>Dear ${contact.name},<#else>Hello,</#if></#macro>
<#macro page>
<#nested>

Kind regards
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
