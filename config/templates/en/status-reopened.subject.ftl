[${ticket.number}] Reopened: ${ticket.subject}
