[${ticket.number}] Passed to your account manager: ${ticket.subject}
