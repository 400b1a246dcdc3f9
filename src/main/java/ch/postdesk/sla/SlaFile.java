package ch.postdesk.sla;

import java.util.List;
import java.util.Map;

/**
 * The content of {@code config/sla.yaml}: SLA policies per support tier and priority, and the
 * public holidays their business-hours calendars skip. Keys are kebab-case; durations are written
 * as {@code 30m}, {@code 4h}, {@code 2d} or ISO-8601; dates as {@code 2026-12-25}.
 *
 * @param holidayCalendars public holidays by calendar name, such as {@code ch-zh: [2026-12-25]}
 * @param policies the policies; the first whose tier and priorities match a ticket applies
 */
public record SlaFile(Map<String, List<String>> holidayCalendars, List<Policy> policies) {

    public SlaFile {
        holidayCalendars = holidayCalendars == null ? Map.of() : Map.copyOf(holidayCalendars);
        policies = policies == null ? List.of() : List.copyOf(policies);
    }

    /**
     * One policy.
     *
     * @param name shown in history, API and mail, such as {@code premium-incident}
     * @param tier directory tier key the policy applies to; null or {@code *} matches every tier and
     *     tickets without a customer
     * @param priorities priorities ({@code P1} to {@code P4}) it applies to; empty matches every
     *     priority, also none
     * @param calendar {@code 24x7}, or {@code business-hours} for the customer's business hours in
     *     the customer's time zone
     * @param holidays name of an entry of {@code holiday-calendars} that business hours skip, or null
     * @param firstResponse time to the first customer-visible answer
     * @param nextUpdate time from one customer-visible answer to the next while the ticket is open;
     *     null for no such clock
     * @param resolution time to resolution
     * @param warningPercent share of each target, 1 to 100, after which the warning is sent; 80 when null
     */
    public record Policy(String name, String tier, List<String> priorities, String calendar, String holidays,
            String firstResponse, String nextUpdate, String resolution, Integer warningPercent) {

        public Policy {
            priorities = priorities == null ? List.of() : List.copyOf(priorities);
        }
    }
}
