[${ticket.number}] Wie zufrieden waren Sie? ${ticket.subject}
