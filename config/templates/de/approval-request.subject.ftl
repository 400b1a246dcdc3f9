[${ticket.number}] Ihre Genehmigung wird benötigt: ${ticket.subject}
