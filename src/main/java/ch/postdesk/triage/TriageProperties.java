package ch.postdesk.triage;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Triage of new and follow-up mail.
 *
 * @param rulesFile path of {@code triage-rules.yaml}
 */
@Validated
@ConfigurationProperties("postdesk.triage")
public record TriageProperties(@NotNull Path rulesFile) {

    public TriageProperties {
        rulesFile = rulesFile == null ? Path.of("config/triage-rules.yaml") : rulesFile;
    }
}
