package ch.postdesk.digest;

import ch.postdesk.digest.DigestProperties.Schedule;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one firing of a digest schedule, called by its Quartz route. The firing is claimed by
 * inserting a {@code digest_run} row keyed by schedule and scheduled fire time in the same
 * transaction that queues the mails: a second instance that fires the same moment waits for the
 * row lock and then finds the key taken, so each digest is queued once even if the clustered
 * scheduler fired it twice. The period runs from the previous run of the schedule (or one
 * {@code period} back) to the fire time.
 */
@Component("digestJob")
public class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final DigestService digests;
    private final DigestProperties properties;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String instance = instanceName();

    public DigestJob(DigestService digests, DigestProperties properties, JdbcTemplate jdbc,
            TransactionTemplate transaction, Clock clock) {
        this.digests = digests;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Runs the schedule {@code scheduleId} for the firing at {@code fireTime}.
     *
     * @return the number of mails queued, or -1 when another run already claimed this firing
     * @throws IllegalArgumentException when no schedule has that id
     */
    public int fire(String scheduleId, Instant fireTime) {
        Schedule schedule = properties.schedule(scheduleId);
        if (schedule == null) {
            throw new IllegalArgumentException("digest schedule " + scheduleId + " not found in postdesk.digests.schedules");
        }
        // The fire time is truncated to milliseconds, so that every instance derives the same key.
        Instant moment = Instant.ofEpochMilli(fireTime.toEpochMilli());
        try {
            Integer queued = transaction.execute(status -> {
                List<Timestamp> previous = jdbc.queryForList("""
                        select max(fire_time) from digest_run where schedule_id = ? and fire_time < ?""",
                        Timestamp.class, scheduleId, Timestamp.from(moment));
                Instant from = previous.isEmpty() || previous.get(0) == null
                        ? moment.minus(schedule.period()) : previous.get(0).toInstant();
                jdbc.update("""
                        insert into digest_run (schedule_id, fire_time, period_start, instance, created_at)
                        values (?, ?, ?, ?, ?)""", scheduleId, Timestamp.from(moment), Timestamp.from(from), instance,
                        Timestamp.from(clock.instant()));
                int count = digests.send(schedule, from, moment);
                jdbc.update("update digest_run set mails_queued = ? where schedule_id = ? and fire_time = ?", count,
                        scheduleId, Timestamp.from(moment));
                return count;
            });
            return queued == null ? 0 : queued;
        } catch (DuplicateKeyException e) {
            log.info("Digest {} for {} already ran on another instance; skipped", scheduleId, moment);
            return -1;
        }
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
