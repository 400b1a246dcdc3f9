<#-- Labels of the digest and alert templates, keyed by the values the code passes. -->
<#assign flags = {"sla-breached": "SLA breached", "sla-at-risk": "SLA at risk", "low-rating": "Low rating", "escalation": "Escalation", "reopened": "Reopened", "stalled": "Stalled"}>
<#assign waiting = {"customer-waits-for-support": "customer waits for support", "support-waits-for-customer": "support waits for customer", "customer-waits-for-account-manager": "customer waits for account manager", "nobody": "nobody waits"}>
<#assign sla = {"none": "no SLA", "ok": "on track", "at-risk": "at risk", "breached": "breached"}>
<#assign clocks = {"first-response": "first response", "next-update": "next update", "resolution": "resolution"}>
<#assign alerts = {"sla-breach": "SLA breach", "low-rating": "Low rating", "escalation": "Escalation", "repeated-reopening": "Repeated reopening", "incident": "Incident"}>
<#assign statuses = {"new": "new", "open": "open", "waiting-customer": "waiting for customer", "waiting-team": "with team", "with-account-manager": "with account manager", "resolved": "resolved", "closed": "closed", "spam": "spam"}>
