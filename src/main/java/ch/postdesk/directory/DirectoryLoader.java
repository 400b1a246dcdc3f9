package ch.postdesk.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads {@code directory.yaml} and checks it for consistency before anything uses it. */
public final class DirectoryLoader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DirectoryLoader() {
    }

    /** Loads and validates the file; every problem found is listed in one {@link DirectoryException}. */
    public static Directory load(Path path) {
        return load(path, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Loads and validates the file, checking on-call windows for overlaps in the year that starts at
     * {@code overlapCheckStart}.
     */
    public static Directory load(Path path, LocalDate overlapCheckStart) {
        if (!Files.isRegularFile(path)) {
            throw new DirectoryException("Directory file " + path.toAbsolutePath()
                    + " not found: create it or set postdesk.directory.file to its location");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return load(in, path.toString(), overlapCheckStart);
        } catch (IOException e) {
            throw new DirectoryException("Directory file " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static Directory load(InputStream in, String name, LocalDate overlapCheckStart) {
        DirectoryFile file;
        try {
            file = MAPPER.readValue(in, DirectoryFile.class);
        } catch (JacksonException e) {
            throw new DirectoryException("Directory file " + name + " is not valid: " + e.getOriginalMessage()
                    + " (at " + e.getPathReference() + ")", e);
        }
        if (file == null) {
            throw new DirectoryException("Directory file " + name + " is empty: add at least a company entry");
        }
        List<String> problems = validate(file, overlapCheckStart);
        if (!problems.isEmpty()) {
            throw new DirectoryException("Directory file " + name + " is inconsistent:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new Directory(file);
    }

    static List<String> validate(DirectoryFile file, LocalDate overlapCheckStart) {
        return new DirectoryValidator(file, overlapCheckStart).validate();
    }
}
