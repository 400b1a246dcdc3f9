package ch.postdesk.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Loads the directory fixtures under {@code src/test/resources/directory}. */
public final class TestDirectories {

    /** First day of the span in which fixtures are checked for on-call overlaps. */
    public static final LocalDate CHECK_START = LocalDate.of(2026, 1, 1);

    private TestDirectories() {
    }

    /** Returns the fixture {@code valid.yaml}. */
    public static Directory valid() {
        return DirectoryLoader.load(new ByteArrayInputStream(validYaml().getBytes(StandardCharsets.UTF_8)),
                "valid.yaml", CHECK_START);
    }

    public static String validYaml() {
        try (InputStream in = TestDirectories.class.getResourceAsStream("/directory/valid.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code yaml} as a directory file named {@code test.yaml}. */
    public static Directory load(String yaml) {
        return DirectoryLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml",
                CHECK_START);
    }
}
