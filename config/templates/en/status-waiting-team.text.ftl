<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

your request ${ticket.number} is now with <#if teamRole?has_content>${teamRole}<#else>one of our specialist teams</#if>.
We will keep you informed and send you the next update by ${nextUpdate} at the latest.
<#if note?has_content>

${note}
</#if>
</@frame.page>
