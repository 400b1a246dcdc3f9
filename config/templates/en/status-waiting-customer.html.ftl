<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>to continue with your request <strong>${ticket.number}</strong>, we need information from you.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
<p>Please reply to this mail. We will continue as soon as your answer arrives.</p>
</@frame.page>
