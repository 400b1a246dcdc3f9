package ch.postdesk.directory;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the directory of customers, teams and staff is kept.
 *
 * @param file path of {@code directory.yaml}
 */
@Validated
@ConfigurationProperties("postdesk.directory")
public record DirectoryProperties(@NotNull Path file) {

    public DirectoryProperties {
        file = file == null ? Path.of("config/directory.yaml") : file;
    }
}
