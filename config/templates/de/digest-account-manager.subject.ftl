Kundenübersicht: ${digest.redFlagCount} Warnsignal(e), ${digest.openCount} offene Anfrage(n)
