<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>we consider your request <strong>${ticket.number}</strong> resolved.</p>
<#if note?has_content><p style="white-space: pre-wrap;">${note}</p></#if>
<p>If the problem persists, reply to this mail by ${reopenUntil} and we will reopen the ticket.
A later reply opens a new ticket that refers to this one.</p>
</@frame.page>
