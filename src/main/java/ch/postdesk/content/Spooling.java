package ch.postdesk.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Spool settings: the directory for content kept on disk instead of the heap, and the size from
 * which content goes there.
 *
 * @param threshold content up to this many bytes stays in memory
 * @param directory directory for spool files, created when missing
 */
public record Spooling(long threshold, Path directory) {

    /** 1 MiB in the system's temporary directory; what the parser uses when nothing is configured. */
    public static final Spooling DEFAULT =
            new Spooling(1024 * 1024, Path.of(System.getProperty("java.io.tmpdir"), "postdesk-spool"));

    /** Keeps everything in memory; for tests and tools that parse small samples. */
    public static final Spooling IN_MEMORY = new Spooling(Long.MAX_VALUE, DEFAULT.directory());

    Path newFile() throws IOException {
        Files.createDirectories(directory);
        return Files.createTempFile(directory, "spool-", ".bin");
    }

    /** Deletes spool files left behind by a process that ended while it held them. */
    public int deleteLeftovers(java.time.Instant olderThan) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (var files = Files.newDirectoryStream(directory, "spool-*.bin")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(olderThan) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("spool directory " + directory + " cannot be cleaned", e);
        }
        return deleted;
    }
}
