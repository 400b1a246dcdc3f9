Customer digest: ${digest.redFlagCount} red flag(s), ${digest.openCount} open ticket(s)
