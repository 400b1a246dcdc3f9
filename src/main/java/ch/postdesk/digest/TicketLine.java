package ch.postdesk.digest;

import java.time.Instant;

/**
 * One ticket in an overview or digest.
 *
 * @param ageDays whole days from creation to the end of the period
 * @param waiting who waits for whom: {@code customer-waits-for-support},
 *     {@code support-waits-for-customer}, {@code customer-waits-for-account-manager}, or
 *     {@code nobody} for a resolved or closed ticket
 * @param sla SLA state: {@code none}, {@code ok}, {@code at-risk} or {@code breached}
 * @param slaDueAt earliest due time of the running SLA clocks, or null
 */
public record TicketLine(String number, String subject, String status, String customer, String team,
        String priority, String type, Instant createdAt, Instant updatedAt, long ageDays, String waiting, String sla,
        Instant slaDueAt) {
}
