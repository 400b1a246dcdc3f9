<#import "_layout.text.ftl" as frame>
<@frame.page>
<@frame.greeting/>

Wir haben Ihren Entscheid erfasst: Die folgende Anfrage wurde von ${approval.decidedBy}
am ${approval.decidedAt} <#if approval.approved>GENEHMIGT<#else>ABGELEHNT</#if>.

Umfang:  ${approval.scope}
Termin:  ${approval.timeline}
Kosten:  ${approval.cost}

<#if approval.approved>Wir beginnen mit der Arbeit wie beschrieben.<#else>Wir führen diese Arbeit nicht aus. Ihre Ansprechperson meldet sich wegen des weiteren Vorgehens.</#if>
</@frame.page>
