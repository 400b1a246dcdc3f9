[${ticket.number}] Abgeschlossen: ${ticket.subject}
