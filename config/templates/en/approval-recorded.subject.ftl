[${ticket.number}] Decision recorded: ${ticket.subject}
