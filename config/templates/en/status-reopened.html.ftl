<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>we have reopened your request <strong>${ticket.number}</strong> and are working on it again.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
</@frame.page>
