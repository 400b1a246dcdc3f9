[${ticket.number}] Ihr Anliegen wird bearbeitet: ${ticket.subject}
