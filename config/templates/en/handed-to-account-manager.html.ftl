<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>we have passed your request <strong>${ticket.number}</strong> to your account manager,
${accountManager.name}, who will contact you directly.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
</@frame.page>
