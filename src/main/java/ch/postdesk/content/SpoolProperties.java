package ch.postdesk.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code postdesk.spool}: inbound mail and decoded attachments larger than {@code threshold} are
 * written to files in {@code directory} while Postdesk processes them, so that the heap keeps no
 * full copy of a large mail.
 *
 * @param threshold content up to this size stays in memory (default 1MB)
 * @param directory spool directory (default {@code postdesk-spool} in the system's temporary directory)
 */
@ConfigurationProperties("postdesk.spool")
public record SpoolProperties(DataSize threshold, Path directory) {

    public SpoolProperties {
        threshold = threshold == null ? DataSize.ofMegabytes(1) : threshold;
        directory = directory == null ? Spooling.DEFAULT.directory() : directory;
        if (threshold.isNegative()) {
            throw new IllegalArgumentException("postdesk.spool.threshold must not be negative");
        }
    }

    public Spooling spooling() {
        return new Spooling(threshold.toBytes(), directory);
    }
}
