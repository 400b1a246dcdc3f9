[${ticket.number}] An Ihre Kundenbetreuung übergeben: ${ticket.subject}
