<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

how satisfied are you with the support you receive from ${company.name}?
Open one of these links to give a rating from 1 (very dissatisfied) to 5 (very satisfied):

<#list survey.links as link>
${link.rating}: ${link.url}
</#list>

After the rating you can add a comment. The links are valid until ${survey.expiresAt}.
</@frame.page>
