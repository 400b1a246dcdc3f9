Team ${digest.teamName}: ${digest.openTickets?size} offene Anfrage(n)
