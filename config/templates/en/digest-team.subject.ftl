Team ${digest.teamName}: ${digest.openTickets?size} open ticket(s)
