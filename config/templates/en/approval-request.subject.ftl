[${ticket.number}] Your approval is needed: ${ticket.subject}
