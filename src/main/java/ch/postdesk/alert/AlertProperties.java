package ch.postdesk.alert;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Immediate alerts to account managers.
 *
 * @param rateLimitWindow at most one alert mail per account manager within this time; alerts raised
 *     meanwhile are collected and sent together in one mail when it has passed
 * @param flushInterval how often the scheduled route sends collected alerts whose window has passed
 * @param scheduleEnabled whether the scheduled route runs; tests switch it off and call the flush directly
 * @param reopeningsToAlert the reopening of a ticket that alerts, such as 3 for the third
 */
@Validated
@ConfigurationProperties("postdesk.alerts")
public record AlertProperties(@NotNull Duration rateLimitWindow, @NotNull Duration flushInterval,
        boolean scheduleEnabled, int reopeningsToAlert) {

    public AlertProperties {
        reopeningsToAlert = reopeningsToAlert < 1 ? 3 : reopeningsToAlert;
    }
}
