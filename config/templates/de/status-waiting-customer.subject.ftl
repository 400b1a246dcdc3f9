[${ticket.number}] Wir benötigen Angaben von Ihnen: ${ticket.subject}
