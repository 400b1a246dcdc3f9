package ch.postdesk.sla;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A validated SLA policy.
 *
 * @param tier tier key, or null for every tier
 * @param priorities upper-case priorities, empty for every priority
 * @param aroundTheClock true for calendar 24x7, false for the customer's business hours
 * @param holidays local dates that business hours skip
 * @param nextUpdate null when the policy has no next-update target
 */
public record SlaPolicy(String name, String tier, List<String> priorities, boolean aroundTheClock,
        Set<LocalDate> holidays, Duration firstResponse, Duration nextUpdate, Duration resolution,
        int warningPercent) {

    /** Returns whether the policy applies to a ticket of a customer in {@code ticketTier} with {@code priority}. */
    public boolean matches(String ticketTier, String priority) {
        boolean tierMatches = tier == null || tier.equals(ticketTier);
        boolean priorityMatches = priorities.isEmpty()
                || priority != null && priorities.contains(priority.toUpperCase(Locale.ROOT));
        return tierMatches && priorityMatches;
    }

    /** Returns the target of {@code kind}; empty when the policy sets none. */
    public Optional<Duration> target(SlaClock.Kind kind) {
        return Optional.ofNullable(switch (kind) {
            case FIRST_RESPONSE -> firstResponse;
            case NEXT_UPDATE -> nextUpdate;
            case RESOLUTION -> resolution;
        });
    }
}
