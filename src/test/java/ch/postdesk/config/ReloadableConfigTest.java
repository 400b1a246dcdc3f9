package ch.postdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryException;
import ch.postdesk.directory.DirectoryLoader;
import ch.postdesk.directory.TestDirectories;
import ch.postdesk.triage.TriageRules;
import ch.postdesk.triage.TriageRulesLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading keeps the last good version and reports the rejected one. */
class ReloadableConfigTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ReloadableConfig<Directory> directory(Path file) {
        return new ReloadableConfig<>("directory", file, path -> DirectoryLoader.load(path, TestDirectories.CHECK_START),
                clock);
    }

    @Test
    void invalidFileStopsStartup() throws IOException {
        Path file = write("directory.yaml", TestDirectories.validYaml().replace("tier: standard", "tier: gold"));

        assertThatThrownBy(() -> directory(file))
                .isInstanceOf(DirectoryException.class)
                .hasMessageContaining("directory.yaml is inconsistent");
    }

    @Test
    void validChangeIsLoaded() throws IOException {
        Path file = write("directory.yaml", TestDirectories.validYaml());
        ReloadableConfig<Directory> config = directory(file);

        write("directory.yaml", TestDirectories.validYaml().replace("name: Acme", "name: Acme Corporation"));

        assertThat(config.reloadIfChanged()).isTrue();
        assertThat(config.current().customer("acme").orElseThrow().name()).isEqualTo("Acme Corporation");
        assertThat(config.status().error()).isNull();
    }

    @Test
    void invalidChangeKeepsLastGoodVersion() throws IOException {
        Path file = write("directory.yaml", TestDirectories.validYaml());
        ReloadableConfig<Directory> config = directory(file);
        Directory good = config.current();

        write("directory.yaml", TestDirectories.validYaml().replace("default-team: data", "default-team: sales"));

        assertThat(config.reloadIfChanged()).isFalse();
        assertThat(config.current()).isSameAs(good);
        assertThat(config.status().error()).contains("customer 'globex': default-team 'sales' is not a team key");
        assertThat(config.status().failedAt()).isEqualTo(clock.instant());
        assertThat(config.reloadIfChanged()).as("the same broken content is not retried").isFalse();
    }

    @Test
    void fixedFileClearsError() throws IOException {
        Path file = write("directory.yaml", TestDirectories.validYaml());
        ReloadableConfig<Directory> config = directory(file);
        write("directory.yaml", "customers: [");
        config.reloadIfChanged();

        write("directory.yaml", TestDirectories.validYaml().replace("name: Acme", "name: Acme Ltd"));

        assertThat(config.reloadIfChanged()).isTrue();
        assertThat(config.status().error()).isNull();
        assertThat(config.current().customer("acme").orElseThrow().name()).isEqualTo("Acme Ltd");
    }

    @Test
    void deletedFileKeepsLastGoodVersion() throws IOException {
        Path file = write("directory.yaml", TestDirectories.validYaml());
        ReloadableConfig<Directory> config = directory(file);

        Files.delete(file);

        assertThat(config.reloadIfChanged()).isFalse();
        assertThat(config.current().customer("acme")).isPresent();
        assertThat(config.status().error()).contains("cannot be read");
    }

    @Test
    void invalidRulesChangeKeepsLastGoodRules() throws IOException {
        Directory directory = TestDirectories.valid();
        Path file = write("rules.yaml", """
                rules:
                  - name: default
                    then: {team: platform}
                """);
        ReloadableConfig<TriageRules> config = new ReloadableConfig<>("triage-rules", file,
                path -> TriageRulesLoader.load(path, directory, Set.of("support")), clock);

        write("rules.yaml", """
                rules:
                  - name: default
                    then: {team: sales}
                """);

        assertThat(config.reloadIfChanged()).isFalse();
        assertThat(config.current().defaultRule().then().team()).isEqualTo("platform");
        assertThat(config.status().error()).contains("rule 'default' then.team: 'sales' is not a team key");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
