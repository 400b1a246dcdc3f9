<#macro greeting><#if contact.name?has_content>Guten Tag ${contact.name}<#else>Guten Tag</#if></#macro>
<#macro page>
<!DOCTYPE html>
<html lang="de">
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222;">
<#nested>
<p>Freundliche Grüsse<br>${layout.signature}</p>
<p style="margin-top: 24px; padding-top: 8px; border-top: 1px solid #ddd; font-size: 12px; color: #666;">
${layout.companyName}<#if layout.footer?has_content><br>${layout.footer}</#if>
<#list layout.links as link><br><a href="${link.url}">${link.label}</a></#list>
</p>
</body>
</html>
</#macro>
