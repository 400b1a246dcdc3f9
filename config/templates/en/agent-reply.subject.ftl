[${ticket.number}] Re: ${ticket.subject}
