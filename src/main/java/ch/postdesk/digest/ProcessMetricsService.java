package ch.postdesk.digest;

import ch.postdesk.communication.CommunicationProperties;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the support lead's process figures for a period from tickets, SLA clocks, history and surveys. */
@Service
@Transactional(readOnly = true)
public class ProcessMetricsService {

    /** Weeks shown in the trend chart. */
    static final int TREND_WEEKS = 8;

    private static final int MAX_MOVES = 50;

    private final JdbcTemplate jdbc;
    private final int lowRatingThreshold;

    public ProcessMetricsService(JdbcTemplate jdbc, CommunicationProperties communication) {
        this.jdbc = jdbc;
        this.lowRatingThreshold = communication.lowRatingThreshold();
    }

    /**
     * Returns the figures for {@code [from, to)}; the trend weeks end at {@code to} and are dated in {@code zone}.
     *
     * @throws IllegalArgumentException when {@code to} is not after {@code from}
     */
    public ProcessMetrics metrics(Instant from, Instant to, ZoneId zone) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to (" + to + ") must be after from (" + from + ")");
        }
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        long created = count("select count(*) from ticket where created_at >= ? and created_at < ? and status <> 'SPAM'",
                start, end);
        return new ProcessMetrics(from, to, created,
                groupCount("coalesce(customer_key, 'unknown')", start, end),
                groupCount("coalesce(team_key, 'none')", start, end),
                groupCount("coalesce(type, 'none')", start, end),
                durations("FIRST_RESPONSE", start, end),
                durations("RESOLUTION", start, end),
                compliance(start, end),
                reopens(start, end),
                satisfaction(start, end),
                count("""
                        select count(*) from history_event where type = 'team-assigned'
                          and detail like 'moved from team %' and created_at >= ? and created_at < ?""", start, end),
                jdbc.query("""
                        select t.number, h.detail, h.created_at from history_event h join ticket t on t.id = h.ticket_id
                        where h.type = 'team-assigned' and h.detail like 'moved from team %'
                          and h.created_at >= ? and h.created_at < ? order by h.created_at limit ?""",
                        (rs, row) -> new ProcessMetrics.TeamMove(rs.getString(1), firstClause(rs.getString(2)),
                                rs.getTimestamp(3).toInstant()), start, end, MAX_MOVES),
                trend(to, zone));
    }

    /** Returns the value at {@code percentile} (1 to 100) by the nearest-rank method; null for no values. */
    static Long percentile(List<Long> sortedValues, int percentile) {
        if (sortedValues.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedValues.size());
        return sortedValues.get(Math.max(0, rank - 1));
    }

    private ProcessMetrics.TimeStats durations(String kind, Timestamp start, Timestamp end) {
        List<Long> minutes = new ArrayList<>(jdbc.queryForList("""
                select timestampdiff(MINUTE, started_at, met_at) from sla_clock
                where kind = ? and met_at >= ? and met_at < ? order by 1""", Long.class, kind, start, end));
        minutes.sort(Long::compare);
        return new ProcessMetrics.TimeStats(minutes.size(), percentile(minutes, 50), percentile(minutes, 90));
    }

    private ProcessMetrics.Compliance compliance(Timestamp start, Timestamp end) {
        long ended = count("select count(*) from sla_clock where met_at >= ? and met_at < ?", start, end);
        long met = count("select count(*) from sla_clock where met_at >= ? and met_at < ? and breached_at is null",
                start, end);
        long breached = count("select count(*) from sla_clock where breached_at >= ? and breached_at < ?", start, end);
        return new ProcessMetrics.Compliance(ended, met, breached, ended == 0 ? null : 100.0 * met / ended);
    }

    private ProcessMetrics.ReopenRate reopens(Timestamp start, Timestamp end) {
        long resolved = count("""
                select count(*) from history_event where type = 'status-changed' and detail like '%-> resolved%'
                  and created_at >= ? and created_at < ?""", start, end);
        long reopened = count("select count(*) from history_event where type = 'ticket-reopened'"
                + " and created_at >= ? and created_at < ?", start, end);
        return new ProcessMetrics.ReopenRate(resolved, reopened, resolved == 0 ? null : 100.0 * reopened / resolved);
    }

    private ProcessMetrics.Satisfaction satisfaction(Timestamp start, Timestamp end) {
        return jdbc.queryForObject("""
                select count(*), avg(rating), sum(case when rating <= ? then 1 else 0 end),
                       sum(case when rating >= 4 then 1 else 0 end)
                from survey where rating is not null and answered_at >= ? and answered_at < ?""",
                (rs, row) -> {
                    long ratings = rs.getLong(1);
                    double average = rs.getDouble(2);
                    return new ProcessMetrics.Satisfaction(ratings, ratings == 0 ? null : average, rs.getLong(3),
                            ratings == 0 ? null : 100.0 * rs.getLong(4) / ratings);
                }, lowRatingThreshold, start, end);
    }

    private List<ProcessMetrics.WeekPoint> trend(Instant to, ZoneId zone) {
        List<ProcessMetrics.WeekPoint> points = new ArrayList<>();
        for (int week = TREND_WEEKS - 1; week >= 0; week--) {
            Instant weekEnd = to.minus(Duration.ofDays(7L * week));
            Instant weekStart = weekEnd.minus(Duration.ofDays(7));
            Timestamp start = Timestamp.from(weekStart);
            Timestamp end = Timestamp.from(weekEnd);
            long created = count("select count(*) from ticket where created_at >= ? and created_at < ?"
                    + " and status <> 'SPAM'", start, end);
            long resolved = count("""
                    select count(*) from history_event where type = 'status-changed' and detail like '%-> resolved%'
                      and created_at >= ? and created_at < ?""", start, end);
            points.add(new ProcessMetrics.WeekPoint(weekStart.atZone(zone).toLocalDate(), created, resolved));
        }
        return points;
    }

    private Map<String, Long> groupCount(String expression, Timestamp start, Timestamp end) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select " + expression + " as grp, count(*) from ticket where created_at >= ? and created_at < ?"
                + " and status <> 'SPAM' group by grp order by count(*) desc, grp",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, start, end);
        return counts;
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    private static String firstClause(String detail) {
        int semicolon = detail.indexOf(';');
        return semicolon < 0 ? detail : detail.substring(0, semicolon);
    }
}
