[${ticket.number}] Ohne Antwort erledigt: ${ticket.subject}
