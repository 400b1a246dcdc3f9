[${ticket.number}] An Ihre Kundenbetreuung weitergeleitet: ${ticket.subject}
