<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>your request <strong>${ticket.number}</strong> is now with <#if teamRole?has_content>${teamRole}<#else>one of our specialist teams</#if>.
We will keep you informed and send you the next update by ${nextUpdate} at the latest.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
</@frame.page>
