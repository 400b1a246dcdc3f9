[${ticket.number}] <#if reminder.number gt 1>Zweite Erinnerung<#else>Erinnerung</#if>: Wir warten auf Ihre Antwort
