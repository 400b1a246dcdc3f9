package ch.postdesk.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Deletes digest triggers whose schedule is no longer enabled in the settings. The digest routes
 * keep their triggers when an instance stops ({@code deleteJob=false}) because the instances of a
 * cluster share them. Without this cleanup, a schedule removed from the settings would keep firing
 * into a route that no instance has. Runs once at start-up, after Camel has created the routes.
 *
 * <p>All instances of a cluster must run the same digest settings: an instance started with an
 * older list deletes the triggers of schedules that only the newer list has.
 */
@Component
class DigestTriggerCleanup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DigestTriggerCleanup.class);

    private final Scheduler scheduler;
    private final DigestProperties properties;

    DigestTriggerCleanup(Scheduler scheduler, DigestProperties properties) {
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws SchedulerException {
        removeStaleTriggers();
    }

    /** Deletes the triggers and jobs of the digest group that belong to no enabled schedule; returns their names. */
    List<String> removeStaleTriggers() throws SchedulerException {
        Set<String> enabled = properties.enabled()
                ? properties.schedules().stream().filter(DigestProperties.Schedule::isEnabled)
                        .map(DigestProperties.Schedule::id).collect(Collectors.toSet())
                : Set.of();
        List<String> removed = new ArrayList<>();
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(DigestRoutes.TRIGGER_GROUP))) {
            if (enabled.contains(key.getName())) {
                continue;
            }
            scheduler.unscheduleJob(key);
            scheduler.deleteJob(JobKey.jobKey(key.getName(), key.getGroup()));
            removed.add(key.getName());
        }
        if (!removed.isEmpty()) {
            log.info("Deleted digest triggers {}: their schedules are no longer enabled in postdesk.digests", removed);
        }
        return removed;
    }
}
