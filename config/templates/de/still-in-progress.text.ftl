<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Ihr Anliegen ${ticket.number} wird weiterhin von <#if teamRole?has_content>${teamRole}<#else>einem unserer Fachteams</#if> bearbeitet.
Im Moment benötigen wir nichts von Ihnen.

Wir melden uns spätestens am ${nextUpdate} wieder.
</@frame.page>
