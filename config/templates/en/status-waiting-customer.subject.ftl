[${ticket.number}] We need information from you: ${ticket.subject}
