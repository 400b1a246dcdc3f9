<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>your request <strong>${ticket.number}</strong> is now closed.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
<p>If you need further help with it, reply to this mail and we will take care of it.</p>
</@frame.page>
