[${ticket.number}] Weiterhin in Bearbeitung: ${ticket.subject}
