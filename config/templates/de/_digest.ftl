<#-- Labels of the digest and alert templates, keyed by the values the code passes. -->
<#assign flags = {"sla-breached": "SLA verletzt", "sla-at-risk": "SLA gefährdet", "low-rating": "Schlechte Bewertung", "escalation": "Eskalation", "reopened": "Wiedereröffnet", "stalled": "Ohne Bewegung"}>
<#assign waiting = {"customer-waits-for-support": "Kunde wartet auf Support", "support-waits-for-customer": "Support wartet auf Kunde", "customer-waits-for-account-manager": "Kunde wartet auf Account Manager", "nobody": "niemand wartet"}>
<#assign sla = {"none": "kein SLA", "ok": "im Plan", "at-risk": "gefährdet", "breached": "verletzt"}>
<#assign clocks = {"first-response": "Erstreaktion", "next-update": "Zwischenbescheid", "resolution": "Lösung"}>
<#assign alerts = {"sla-breach": "SLA-Verletzung", "low-rating": "Schlechte Bewertung", "escalation": "Eskalation", "repeated-reopening": "Mehrfach wiedereröffnet", "incident": "Incident"}>
<#assign statuses = {"new": "neu", "open": "offen", "waiting-customer": "wartet auf Kunde", "waiting-team": "beim Team", "with-account-manager": "beim Account Manager", "resolved": "gelöst", "closed": "geschlossen", "spam": "Spam"}>
