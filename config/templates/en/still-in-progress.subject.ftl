[${ticket.number}] Still in progress: ${ticket.subject}
