<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Wie zufrieden sind Sie mit der Bearbeitung Ihres Anliegens ${ticket.number}?
Öffnen Sie einen dieser Links für eine Bewertung von 1 (sehr unzufrieden) bis 5 (sehr zufrieden):

<#list survey.links as link>
${link.rating}: ${link.url}
</#list>

Oder antworten Sie auf diese E-Mail mit einer Zahl von 1 bis 5 in der ersten Zeile. Text
unter der Zahl erreicht uns als Ihr Kommentar. Die Links gelten bis ${survey.expiresAt}.
</@frame.page>
