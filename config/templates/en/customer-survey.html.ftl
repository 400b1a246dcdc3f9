<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>how satisfied are you with the support you receive from ${company.name}?
Click a rating from 1 (very dissatisfied) to 5 (very satisfied):</p>
<p style="font-size: 18px;"><#list survey.links as link><a href="${link.url}" style="display: inline-block; padding: 6px 12px; margin-right: 6px; border: 1px solid #888; border-radius: 4px; text-decoration: none;">${link.rating}</a></#list></p>
<p>After the rating you can add a comment. The links are valid until ${survey.expiresAt}.</p>
</@frame.page>
