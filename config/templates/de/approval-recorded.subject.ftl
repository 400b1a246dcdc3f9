[${ticket.number}] Entscheid erfasst: ${ticket.subject}
