package ch.postdesk.digest;

import java.time.Instant;

/**
 * Something about a customer that needs attention, listed before everything else.
 *
 * @param kind {@code sla-breached}, {@code sla-at-risk}, {@code low-rating}, {@code escalation},
 *     {@code reopened} or {@code stalled}, in this order of severity
 * @param ticketNumber the ticket concerned, or empty for a customer-level rating
 * @param detail what happened, in English words of the event
 * @param at when it happened, or when the ticket was last active for a stalled ticket
 */
public record RedFlag(String kind, String ticketNumber, String subject, String detail, Instant at) {
}
