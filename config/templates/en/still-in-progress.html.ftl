<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>your request <strong>${ticket.number}</strong> is still being worked on by <#if teamRole?has_content>${teamRole}<#else>one of our specialist teams</#if>.
Nothing is needed from you at the moment.</p>
<p>We will send you the next update by ${nextUpdate} at the latest.</p>
</@frame.page>
