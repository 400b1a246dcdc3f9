package ch.postdesk.sla;

import java.time.Instant;
import java.util.List;

/**
 * The SLA state of a ticket in the API and in digests.
 *
 * @param policy name of the policy of the clocks, or null when no policy applies
 * @param state {@code none} without clocks, {@code breached} when any clock missed its target,
 *     {@code at-risk} when an active clock passed its warning threshold, else {@code ok}
 * @param nextDueAt earliest due time of the running clocks, or null
 */
public record SlaView(String policy, String state, Instant nextDueAt, List<ClockView> clocks) {

    public static final SlaView NONE = new SlaView(null, "none", null, List.of());

    public boolean breached() {
        return state.equals("breached");
    }

    public boolean atRisk() {
        return state.equals("at-risk");
    }

    /**
     * One clock.
     *
     * @param kind {@code first-response}, {@code next-update} or {@code resolution}
     * @param state {@code running}, {@code paused}, {@code met} or {@code stopped}
     * @param dueAt when the running clock reaches its target; for a paused clock the due time of its last run
     * @param elapsedMinutes working time consumed so far
     * @param targetMinutes working time allowed by the policy
     */
    public record ClockView(String kind, String state, Instant startedAt, Instant dueAt, Instant warnAt,
            long elapsedMinutes, long targetMinutes, Instant warnedAt, Instant breachedAt, Instant metAt) {
    }
}
