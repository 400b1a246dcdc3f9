package ch.postdesk.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Reloading of the directory and the triage rules.
 *
 * @param interval how often the files are checked for changes
 */
@Validated
@ConfigurationProperties("postdesk.config-reload")
public record ConfigReloadProperties(@NotNull Duration interval) {

    public ConfigReloadProperties {
        interval = interval == null ? Duration.ofSeconds(5) : interval;
    }
}
