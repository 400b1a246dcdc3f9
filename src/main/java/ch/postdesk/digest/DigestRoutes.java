package ch.postdesk.digest;

import ch.postdesk.digest.DigestProperties.Schedule;
import ch.postdesk.directory.DirectoryService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.builder.RouteBuilder;
import org.quartz.CronExpression;
import org.springframework.stereotype.Component;

/**
 * One Quartz route per enabled digest schedule, built from the settings because the schedules are
 * a list of any length. The triggers live in Quartz's clustered JDBC job store, so each firing
 * runs on one instance; {@link DigestJob} guards against a second run of the same firing.
 * {@code deleteJob=false} keeps the trigger when one instance stops, because the others share it.
 */
@Component
public class DigestRoutes extends RouteBuilder {

    /** Quartz trigger group of the digest triggers. */
    static final String TRIGGER_GROUP = "postdesk-digests";

    private final DigestProperties properties;
    private final DirectoryService directory;
    private final DigestJob job;

    public DigestRoutes(DigestProperties properties, DirectoryService directory, DigestJob job) {
        this.properties = properties;
        this.directory = directory;
        this.job = job;
        List<String> problems = validate(properties);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("postdesk.digests.schedules is invalid:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    @Override
    public void configure() {
        if (!properties.enabled()) {
            return;
        }
        for (Schedule schedule : properties.schedules()) {
            if (!schedule.isEnabled()) {
                continue;
            }
            String zone = schedule.timeZone() == null ? directory.current().defaultZone().getId() : schedule.timeZone();
            String id = schedule.id();
            from("quartz://" + TRIGGER_GROUP + "/" + id + "?cron=" + encode(schedule.cron())
                    + "&trigger.timeZone=" + encode(zone) + "&deleteJob=false&stateful=true")
                    .routeId("digest-" + id)
                    .process(exchange -> {
                        Date scheduled = exchange.getIn().getHeader("scheduledFireTime", Date.class);
                        job.fire(id, scheduled == null ? Instant.now() : scheduled.toInstant());
                    });
        }
    }

    static List<String> validate(DigestProperties properties) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Schedule schedule : properties.schedules()) {
            if (!ids.add(schedule.id())) {
                problems.add("id " + schedule.id() + " is used twice; give each schedule its own id");
            }
            if (!schedule.id().matches("[a-z0-9][a-z0-9-]*")) {
                problems.add("id '" + schedule.id() + "' is not valid; use lower-case letters, digits and hyphens");
            }
            if (!CronExpression.isValidExpression(schedule.cron())) {
                problems.add(schedule.id() + ": cron '" + schedule.cron() + "' is not a valid Quartz cron expression;"
                        + " write seconds first, such as \"0 0 7 ? * MON-FRI\"");
            }
            if (schedule.timeZone() != null) {
                try {
                    ZoneId.of(schedule.timeZone());
                } catch (DateTimeException e) {
                    problems.add(schedule.id() + ": time-zone '" + schedule.timeZone()
                            + "' is not valid; use an IANA name such as Europe/Zurich");
                }
            }
        }
        return problems;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
