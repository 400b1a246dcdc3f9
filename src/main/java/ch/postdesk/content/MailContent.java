package ch.postdesk.content;

import jakarta.mail.util.SharedByteArrayInputStream;
import jakarta.mail.util.SharedFileInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Bytes of a mail or of one decoded part, held in memory when small and in a spool file when
 * large (see {@link ContentSpool}). Stages read it through streams, so a large attachment is never
 * held in the heap as a whole. The SHA-256 digest is computed while the content is written.
 *
 * <p>Closing deletes the spool file; in-memory content needs no closing. Content is immutable:
 * callers of {@link #bytes()} must not change the returned array.
 */
public final class MailContent implements AutoCloseable {

    private static final MailContent EMPTY = new MailContent(new byte[0], null, 0, null);

    private final byte[] bytes;
    private final Path file;
    private final long size;
    private volatile String sha256;

    private MailContent(byte[] bytes, Path file, long size, String sha256) {
        this.bytes = bytes;
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
    }

    /** Wraps {@code bytes} without copying them. */
    public static MailContent of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return bytes.length == 0 ? EMPTY : new MailContent(bytes, null, bytes.length, null);
    }

    static MailContent inMemory(byte[] bytes, String sha256) {
        return new MailContent(bytes, null, bytes.length, sha256);
    }

    static MailContent spooled(Path file, long size, String sha256) {
        return new MailContent(null, file, size, sha256);
    }

    public long size() {
        return size;
    }

    /** Returns whether the content is in the heap, or false when it is in a spool file. */
    public boolean inMemory() {
        return bytes != null;
    }

    /** Returns the SHA-256 digest of the content in lower-case hex, computed once. */
    public String sha256() {
        String digest = sha256;
        if (digest == null) {
            digest = computeSha256();
            sha256 = digest;
        }
        return digest;
    }

    /** Opens a new stream over the whole content; the caller closes it. */
    public InputStream openStream() {
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("spooled content " + file + " cannot be read", e);
        }
    }

    /**
     * Opens a stream that Jakarta Mail can slice without copying ({@code SharedInputStream}): MIME
     * parts parsed from it are read from the array or the file when they are decoded. The caller
     * closes it after the last part has been read.
     */
    public InputStream openSharedStream() {
        if (bytes != null) {
            return new SharedByteArrayInputStream(bytes);
        }
        try {
            return new SharedFileInputStream(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("spooled content " + file + " cannot be read", e);
        }
    }

    /**
     * Returns the content as one array: the wrapped array itself for in-memory content, else a
     * new array read from the spool file. Use it only where the size is known to be small.
     */
    public byte[] bytes() {
        if (bytes != null) {
            return bytes;
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("content of " + size + " bytes does not fit into one array");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("spooled content " + file + " cannot be read", e);
        }
    }

    /** Returns at most the first {@code max} bytes. */
    public byte[] head(int max) {
        int length = (int) Math.min(size, max);
        if (bytes != null) {
            return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
        }
        try (InputStream in = openStream()) {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException("spooled content " + file + " cannot be read", e);
        }
    }

    /** Deletes the spool file, if any. */
    @Override
    public void close() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("spool file " + file + " cannot be deleted", e);
            }
        }
    }

    private String computeSha256() {
        MessageDigest digest = ContentSpool.newDigest();
        if (bytes != null) {
            digest.update(bytes);
        } else {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = openStream()) {
                int read;
                while ((read = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, read);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("spooled content " + file + " cannot be read", e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public String toString() {
        return "MailContent[" + size + " bytes" + (file == null ? "" : " in " + file.getFileName()) + "]";
    }
}
