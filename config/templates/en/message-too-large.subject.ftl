[${ticket.number}] Your message was too large: ${ticket.subject}
