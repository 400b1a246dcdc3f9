[${ticket.number}] Closed: ${ticket.subject}
