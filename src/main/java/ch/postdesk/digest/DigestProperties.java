package ch.postdesk.digest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Scheduled digests.
 *
 * @param enabled whether the Quartz routes of the schedules are created
 * @param sendEmpty whether a digest with nothing to report is sent anyway; a schedule can override it
 * @param stalledAfter an open ticket without activity for longer than this is a red flag
 * @param schedules the digests to send and when
 * @param customerRecipients addresses that get the customer digest, by customer key
 */
@Validated
@ConfigurationProperties("postdesk.digests")
public record DigestProperties(boolean enabled, boolean sendEmpty, @NotNull Duration stalledAfter,
        List<@Valid Schedule> schedules, Map<String, List<String>> customerRecipients) {

    public DigestProperties {
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        customerRecipients = customerRecipients == null ? Map.of() : Map.copyOf(customerRecipients);
    }

    /** Recipient group of a digest. */
    public enum Kind { ACCOUNT_MANAGER, TEAM, SUPPORT_LEAD, CUSTOMER }

    /**
     * One scheduled digest.
     *
     * @param id unique name, also the name of its Quartz trigger, such as {@code account-manager-daily}
     * @param kind {@code account-manager}, {@code team}, {@code support-lead} or {@code customer}
     * @param cron Quartz cron expression with seconds, such as {@code 0 0 7 ? * MON-FRI}
     * @param timeZone IANA time zone in which the cron expression is read; the company's time zone when null
     * @param period length of the reporting period of the first run; later runs report since the previous run
     * @param enabled false to keep the schedule in the file without running it; true when null
     * @param recipients addresses this schedule sends to, such as the account managers in one time zone.
     *     Empty means every recipient of its kind that no other schedule of the same kind lists.
     * @param sendEmpty overrides {@code postdesk.digests.send-empty} for this schedule when set
     */
    public record Schedule(@NotBlank String id, @NotNull Kind kind, @NotBlank String cron, String timeZone,
            @NotNull Duration period, Boolean enabled, List<String> recipients, Boolean sendEmpty) {

        public Schedule {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }

        public boolean isEnabled() {
            return enabled == null || enabled;
        }
    }

    /** Returns the schedule with {@code id}, or null. */
    public Schedule schedule(String id) {
        return schedules.stream().filter(schedule -> schedule.id().equals(id)).findFirst().orElse(null);
    }
}
