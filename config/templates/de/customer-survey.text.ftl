<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Wie zufrieden sind Sie mit der Unterstützung durch ${company.name}?
Öffnen Sie einen dieser Links für eine Bewertung von 1 (sehr unzufrieden) bis 5 (sehr zufrieden):

<#list survey.links as link>
${link.rating}: ${link.url}
</#list>

Nach der Bewertung können Sie einen Kommentar hinzufügen. Die Links gelten bis ${survey.expiresAt}.
</@frame.page>
