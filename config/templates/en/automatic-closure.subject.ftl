[${ticket.number}] Resolved without answer: ${ticket.subject}
