package ch.postdesk.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A configuration file that is loaded at startup and reloaded when its content changes. A file
 * that fails to load at startup throws, so that Postdesk does not start with a broken
 * configuration. A file that fails on reload leaves the last good version active; the error is
 * logged once per file content and kept for the health endpoint until a good version loads.
 *
 * <p>Thread-safe: readers always see one complete version.
 *
 * @param <T> the validated, immutable form of the file
 */
public final class ReloadableConfig<T> {

    private static final Logger log = LoggerFactory.getLogger(ReloadableConfig.class);

    private final String name;
    private final Path path;
    private final Function<Path, T> loader;
    private final Clock clock;
    private volatile Loaded<T> loaded;
    private volatile Failure failure;

    /**
     * Loads the file for the first time.
     *
     * @param name what the file configures, such as {@code directory}; used in logs and health details
     * @param loader parses and validates the file; throws with a message that names the file, entry and fix
     */
    public ReloadableConfig(String name, Path path, Function<Path, T> loader, Clock clock) {
        this.name = name;
        this.path = path;
        this.loader = loader;
        this.clock = clock;
        byte[] digest = digest();
        this.loaded = new Loaded<>(loader.apply(path), digest, clock.instant());
    }

    public T current() {
        return loaded.value();
    }

    /**
     * Reloads the file when its content differs from the active version and from the last
     * rejected version.
     *
     * @return true when a new version became active
     */
    public synchronized boolean reloadIfChanged() {
        byte[] digest = digest();
        if (digest == null || Arrays.equals(digest, loaded.digest())) {
            if (digest != null && failure != null) {
                log.info("{} file {} is back to the active version; the reload error is cleared", name, path);
                failure = null;
            }
            return false;
        }
        if (failure != null && Arrays.equals(digest, failure.digest())) {
            return false;
        }
        return reload(digest);
    }

    /** Reloads the file unconditionally; returns whether the new version became active. */
    public synchronized boolean reload() {
        return reload(digest());
    }

    private boolean reload(byte[] digest) {
        try {
            T value = loader.apply(path);
            loaded = new Loaded<>(value, digest, clock.instant());
            failure = null;
            log.info("{} file {} reloaded", name, path);
            return true;
        } catch (RuntimeException e) {
            failure = new Failure(e.getMessage(), digest, clock.instant());
            log.warn("{} file {} was changed but is invalid; the previous version stays active: {}", name, path,
                    e.getMessage());
            return false;
        }
    }

    /** Returns the state for health details: when the active version loaded and the last reload error. */
    public Status status() {
        Failure currentFailure = failure;
        return new Status(name, path.toString(), loaded.loadedAt(),
                currentFailure == null ? null : currentFailure.message(),
                currentFailure == null ? null : currentFailure.failedAt());
    }

    /** Returns the SHA-256 of the file, or null when it cannot be read right now. */
    private byte[] digest() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
        } catch (IOException e) {
            if (loaded != null) {
                Failure previous = failure;
                if (previous == null || previous.digest() != null) {
                    failure = new Failure(name + " file " + path + " cannot be read: " + e.getMessage(), null,
                            clock.instant());
                    log.warn("{} file {} cannot be read; the previous version stays active: {}", name, path,
                            e.getMessage());
                }
            }
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * The state of one reloadable file.
     *
     * @param loadedAt when the active version was loaded
     * @param error message of the last rejected version, or null when the file on disk is active
     * @param failedAt when that version was rejected, or null
     */
    public record Status(String name, String file, Instant loadedAt, String error, Instant failedAt) {
    }

    private record Loaded<T>(T value, byte[] digest, Instant loadedAt) {
    }

    private record Failure(String message, byte[] digest, Instant failedAt) {
    }
}
