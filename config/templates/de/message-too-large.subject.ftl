[${ticket.number}] Ihre Nachricht war zu gross: ${ticket.subject}
