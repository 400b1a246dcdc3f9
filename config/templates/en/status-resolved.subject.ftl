[${ticket.number}] Resolved: ${ticket.subject}
