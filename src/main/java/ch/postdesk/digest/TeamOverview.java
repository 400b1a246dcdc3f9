package ch.postdesk.digest;

import java.time.Instant;
import java.util.List;

/** A team's open tickets with age, priority and SLA due time, oldest first: the content of the team digest. */
public record TeamOverview(String team, String teamName, Instant from, Instant to, List<TicketLine> openTickets) {
}
