<#import "_layout.html.ftl" as frame>
<@frame.page>
<p><@frame.greeting/></p>
<p>Wir haben Ihren Entscheid erfasst: Die folgende Anfrage wurde von ${approval.decidedBy}
am ${approval.decidedAt} <strong><#if approval.approved>GENEHMIGT<#else>ABGELEHNT</#if></strong>.</p>
<table style="border-collapse: collapse;">
<tr><td style="padding: 2px 12px 2px 0;"><strong>Umfang</strong></td><td style="white-space: pre-wrap;">${approval.scope}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;"><strong>Termin</strong></td><td>${approval.timeline}</td></tr>
<tr><td style="padding: 2px 12px 2px 0;"><strong>Kosten</strong></td><td>${approval.cost}</td></tr>
</table>
<p><#if approval.approved>Wir beginnen mit der Arbeit wie beschrieben.<#else>Wir führen diese Arbeit nicht aus. Ihre Ansprechperson meldet sich wegen des weiteren Vorgehens.</#if></p>
</@frame.page>
