[${ticket.number}] How did we do? ${ticket.subject}
