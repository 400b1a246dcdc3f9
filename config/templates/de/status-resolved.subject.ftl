[${ticket.number}] Erledigt: ${ticket.subject}
