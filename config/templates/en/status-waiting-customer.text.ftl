<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

to continue with your request ${ticket.number}, we need information from you.
<#if note?has_content>

${note}
</#if>

Please reply to this mail. We will continue as soon as your answer arrives.
</@frame.page>
