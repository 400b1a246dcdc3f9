<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

your request ${ticket.number} is still being worked on by <#if teamRole?has_content>${teamRole}<#else>one of our specialist teams</#if>.
Nothing is needed from you at the moment.

We will send you the next update by ${nextUpdate} at the latest.
</@frame.page>
