package ch.postdesk.digest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.PostdeskApplication;
import ch.postdesk.embedded.EmbeddedMariaDb;
import ch.postdesk.support.PostdeskIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application contexts on one MariaDB, as two Postdesk instances: both join one clustered
 * Quartz scheduler with one trigger per digest, and a digest firing that both run at the same
 * moment is queued once.
 */
class DigestClusterTest extends PostdeskIntegrationTest {

    private static ConfigurableApplicationContext second;

    @Autowired
    EmbeddedMariaDb mariaDb;

    @Autowired
    DigestJob job;

    @Autowired
    Scheduler scheduler;

    @Autowired
    DigestTriggerCleanup cleanup;

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    private ConfigurableApplicationContext secondInstance() {
        if (second == null) {
            // Command-line arguments win over config/application.yaml; every server stays on loopback.
            List<String> arguments = new ArrayList<>(List.of(
                    "--postdesk.embedded.enabled=false",
                    "--spring.datasource.url=" + mariaDb.jdbcUrl(),
                    "--spring.datasource.username=root",
                    "--spring.datasource.password=",
                    "--server.port=0",
                    "--server.address=127.0.0.1",
                    "--postdesk.api.token=" + API_TOKEN,
                    "--postdesk.communication.link-secret=second-instance-link-secret-for-tests-only",
                    "--postdesk.communication.schedule-enabled=false",
                    "--postdesk.sla.schedule-enabled=false",
                    "--postdesk.alerts.schedule-enabled=false",
                    "--postdesk.outbound.smtp.host=127.0.0.1",
                    "--postdesk.outbound.smtp.port=" + SMTP_RELAY.port(),
                    "--postdesk.embedded.mail.smtp-port=" + SMTP_PORT,
                    "--postdesk.embedded.mail.imap-port=" + IMAP_PORT));
            // A list given on the command line replaces the whole list of the file, so both mailboxes
            // are given in full. The first instance polls them and this one does not.
            mailbox(arguments, 0, "support", "support@postdesk.test");
            mailbox(arguments, 1, "sales", "sales@postdesk.test");
            second = new SpringApplicationBuilder(PostdeskApplication.class).run(arguments.toArray(String[]::new));
        }
        return second;
    }

    private static void mailbox(List<String> arguments, int index, String id, String address) {
        String prefix = "--postdesk.inbound.mailboxes[" + index + "].";
        arguments.addAll(List.of(prefix + "id=" + id, prefix + "address=" + address,
                prefix + "display-name=Postdesk Test", prefix + "host=127.0.0.1", prefix + "port=" + IMAP_PORT,
                prefix + "security=none", prefix + "username=" + address, prefix + "password=" + address,
                prefix + "folder=INBOX", prefix + "processed-folder=Processed", prefix + "poll-delay=1s",
                prefix + "max-messages-per-poll=10", prefix + "timeout=10s", prefix + "enabled=false"));
    }

    @Test
    void bothInstancesShareOneClusteredTrigger() throws Exception {
        Scheduler other = secondInstance().getBean(Scheduler.class);

        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(other.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(other.getSchedulerInstanceId()).isNotEqualTo(scheduler.getSchedulerInstanceId());
        Integer triggers = jdbc.queryForObject("""
                select count(*) from QRTZ_TRIGGERS where TRIGGER_GROUP = ? and TRIGGER_NAME = ?""",
                Integer.class, DigestRoutes.TRIGGER_GROUP, "account-manager-daily");
        assertThat(triggers).isEqualTo(1);
        Integer instances = jdbc.queryForObject("select count(*) from QRTZ_SCHEDULER_STATE", Integer.class);
        assertThat(instances).isGreaterThanOrEqualTo(2);
    }

    @Test
    void firingOnBothInstancesQueuesOnce() throws Exception {
        DigestJob otherJob = secondInstance().getBean(DigestJob.class);
        Instant fireTime = Instant.parse("2026-12-04T08:00:00Z").plusMillis(Math.floorMod(System.nanoTime(), 1_000_000L));
        long before = digestMails();

        List<Integer> results = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = List.of(() -> job.fire("support-lead-weekly", fireTime),
                    () -> otherJob.fire("support-lead-weekly", fireTime));
            for (Future<Integer> result : executor.invokeAll(runs)) {
                results.add(result.get());
            }

            assertThat(results).containsOnlyOnce(-1);
        } finally {
            executor.shutdownNow();
        }
        Integer runs = jdbc.queryForObject("select count(*) from digest_run where schedule_id = ? and fire_time = ?",
                Integer.class, "support-lead-weekly", Timestamp.from(fireTime));
        assertThat(runs).isEqualTo(1);
        int winner = results.stream().filter(result -> result >= 0).findFirst().orElseThrow();
        assertThat(digestMails() - before).isEqualTo(winner);
    }

    private long digestMails() {
        Long count = jdbc.queryForObject("select count(*) from outbox_message where kind = 'digest-support-lead'",
                Long.class);
        return count == null ? 0 : count;
    }

    @Test
    void staleDigestTriggerDeleted() throws Exception {
        JobKey job = JobKey.jobKey("removed-schedule", DigestRoutes.TRIGGER_GROUP);
        scheduler.scheduleJob(JobBuilder.newJob(NoOpJob.class).withIdentity(job).build(),
                TriggerBuilder.newTrigger().withIdentity("removed-schedule", DigestRoutes.TRIGGER_GROUP)
                        .startAt(Date.from(Instant.parse("2099-01-01T00:00:00Z"))).build());

        List<String> removed = cleanup.removeStaleTriggers();

        assertThat(removed).containsExactly("removed-schedule");
        assertThat(scheduler.checkExists(job)).isFalse();
        assertThat(scheduler.checkExists(TriggerKey.triggerKey("account-manager-daily", DigestRoutes.TRIGGER_GROUP)))
                .isTrue();
    }

    /** Job class of the stale trigger; it never fires. */
    public static class NoOpJob implements Job {

        @Override
        public void execute(JobExecutionContext context) {
        }
    }
}
