<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Ihr Anliegen <strong>${ticket.number}</strong> wird weiterhin von <#if teamRole?has_content>${teamRole}<#else>einem unserer Fachteams</#if> bearbeitet.
Im Moment benötigen wir nichts von Ihnen.</p>
<p>Wir melden uns spätestens am ${nextUpdate} wieder.</p>
</@frame.page>
