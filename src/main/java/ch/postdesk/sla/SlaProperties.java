package ch.postdesk.sla;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * SLA clocks.
 *
 * @param file the SLA policy file, reloaded when it changes
 * @param checkInterval how often the scheduled route looks for clocks that reached their warning or target
 * @param scheduleEnabled whether the scheduled route runs; tests switch it off and call the monitor directly
 */
@Validated
@ConfigurationProperties("postdesk.sla")
public record SlaProperties(@NotNull Path file, @NotNull Duration checkInterval, boolean scheduleEnabled) {
}
