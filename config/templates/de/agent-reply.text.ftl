<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

${reply.text}

${reply.authorName}
</@frame.page>
