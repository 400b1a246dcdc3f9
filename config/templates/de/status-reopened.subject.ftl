[${ticket.number}] Wieder eröffnet: ${ticket.subject}
