<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

how satisfied are you with the handling of your request ${ticket.number}?
Open one of these links to give a rating from 1 (very dissatisfied) to 5 (very satisfied):

<#list survey.links as link>
${link.rating}: ${link.url}
</#list>

Or reply to this mail with a number from 1 to 5 on the first line. Any text below
the number reaches us as your comment. The links are valid until ${survey.expiresAt}.
</@frame.page>
