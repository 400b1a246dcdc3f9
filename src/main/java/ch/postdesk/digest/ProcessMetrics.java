package ch.postdesk.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The support lead's figures for the period {@code [from, to)}: the JSON of
 * {@code GET /api/metrics/process} and the content of the support lead digest.
 *
 * @param created tickets created in the period, spam excluded
 * @param createdByCustomer created tickets per customer key ({@code unknown} for senders of no customer)
 * @param createdByTeam created tickets per team key ({@code none} without team)
 * @param createdByType created tickets per type ({@code none} without type)
 * @param firstResponse wall-clock time from creation to the first customer-visible answer, for
 *     answers given in the period
 * @param resolution wall-clock time from creation to resolution, for tickets resolved in the period
 * @param sla SLA clocks that ended in the period and how many of them met their target
 * @param teamMoves tickets moved from one team to another in the period, at most 50 listed
 * @param trend created and resolved tickets per week, oldest first, the last week ending at {@code to}
 */
public record ProcessMetrics(Instant from, Instant to, long created, Map<String, Long> createdByCustomer,
        Map<String, Long> createdByTeam, Map<String, Long> createdByType, TimeStats firstResponse,
        TimeStats resolution, Compliance sla, ReopenRate reopens, Satisfaction satisfaction, long teamMoveCount,
        List<TeamMove> teamMoves, List<WeekPoint> trend) {

    /** Returns whether nothing happened in the period; not a JSON property. */
    public boolean hasNothingToReport() {
        return created == 0 && resolution.count() == 0 && firstResponse.count() == 0 && satisfaction.ratings() == 0;
    }

    /**
     * Median and 90th percentile (nearest rank) of durations in minutes; both null without values.
     */
    public record TimeStats(long count, Long medianMinutes, Long p90Minutes) {
    }

    /**
     * @param ended clocks that ended by meeting their goal in the period
     * @param met of those, the ones that never passed their target
     * @param breachedInPeriod clocks that passed their target in the period, ended or not
     * @param compliancePercent {@code met / ended} in percent, or null when no clock ended
     */
    public record Compliance(long ended, long met, long breachedInPeriod, Double compliancePercent) {
    }

    /** Reopenings and resolutions in the period; {@code reopenPercent} is null without resolutions. */
    public record ReopenRate(long resolved, long reopened, Double reopenPercent) {
    }

    /**
     * Survey ratings (1 to 5) given in the period.
     *
     * @param low ratings at or below the low-rating threshold
     * @param positivePercent share of ratings of 4 or 5, or null without ratings
     */
    public record Satisfaction(long ratings, Double average, long low, Double positivePercent) {
    }

    public record TeamMove(String ticketNumber, String detail, Instant at) {
    }

    public record WeekPoint(LocalDate weekStart, long created, long resolved) {
    }
}
