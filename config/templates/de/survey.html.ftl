<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Wie zufrieden sind Sie mit der Bearbeitung Ihres Anliegens <strong>${ticket.number}</strong>?
Klicken Sie auf eine Bewertung von 1 (sehr unzufrieden) bis 5 (sehr zufrieden):</p>
<p style="font-size: 18px;"><#list survey.links as link><a href="${link.url}" style="display: inline-block; padding: 6px 12px; margin-right: 6px; border: 1px solid #888; border-radius: 4px; text-decoration: none;">${link.rating}</a></#list></p>
<p>Oder antworten Sie auf diese E-Mail mit einer Zahl von 1 bis 5 in der ersten Zeile. Text unter der Zahl erreicht uns als Ihr Kommentar.
Die Links gelten bis ${survey.expiresAt}.</p>
</@frame.page>
