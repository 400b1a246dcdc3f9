package ch.postdesk.digest;

import java.time.Instant;
import java.util.List;

/**
 * The account manager's view of one customer for a period: red flags first, then every open
 * ticket, then the tickets opened and done in the period. It is the JSON of
 * {@code GET /api/customers/{key}/overview} and the content of the account manager digest.
 */
public record CustomerOverview(String customer, String customerName, Instant from, Instant to,
        List<RedFlag> redFlags, List<TicketLine> openTickets, List<TicketLine> opened, List<TicketLine> done) {

    /** Returns whether there is nothing to report; not a JSON property. */
    public boolean hasNothingToReport() {
        return redFlags.isEmpty() && openTickets.isEmpty() && opened.isEmpty() && done.isEmpty();
    }
}
