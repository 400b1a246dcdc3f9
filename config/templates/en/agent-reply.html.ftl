<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<div style="white-space: pre-wrap;">${reply.text}</div>
<p>${reply.authorName}</p>
</@frame.page>
