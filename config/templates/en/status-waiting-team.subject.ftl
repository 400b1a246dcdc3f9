[${ticket.number}] Your request is being worked on: ${ticket.subject}
