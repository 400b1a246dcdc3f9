package ch.postdesk.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An output stream that collects content in memory up to a threshold and moves it to a spool
 * file when it grows beyond, computing size and SHA-256 on the way. {@link #finish()} returns
 * the result as {@link MailContent}. A spool that is closed without being finished deletes its
 * file.
 */
public final class ContentSpool extends OutputStream {

    private final Spooling spooling;
    private final MessageDigest digest = newDigest();
    private final byte[] single = new byte[1];
    private ByteArrayOutputStream memory = new ByteArrayOutputStream(8 * 1024);
    private Path file;
    private OutputStream fileOut;
    private long size;
    private boolean finished;

    public ContentSpool(Spooling spooling) {
        this.spooling = spooling;
    }

    /** Copies {@code in} to a new spool and returns the content; {@code in} is not closed. */
    public static MailContent copy(InputStream in, Spooling spooling) throws IOException {
        try (ContentSpool spool = new ContentSpool(spooling)) {
            in.transferTo(spool);
            return spool.finish();
        }
    }

    @Override
    public void write(int b) throws IOException {
        single[0] = (byte) b;
        write(single, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        if (finished) {
            throw new IOException("spool already finished");
        }
        digest.update(buffer, offset, length);
        size += length;
        if (fileOut == null && size > spooling.threshold()) {
            file = spooling.newFile();
            fileOut = new java.io.BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
            memory.writeTo(fileOut);
            memory = null;
        }
        if (fileOut != null) {
            fileOut.write(buffer, offset, length);
        } else {
            memory.write(buffer, offset, length);
        }
    }

    /** Ends writing and returns the content; the caller owns it and closes it when done. */
    public MailContent finish() throws IOException {
        if (finished) {
            throw new IOException("spool already finished");
        }
        finished = true;
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (fileOut == null) {
            byte[] bytes = memory.toByteArray();
            memory = null;
            return MailContent.inMemory(bytes, sha256);
        }
        fileOut.close();
        return MailContent.spooled(file, size, sha256);
    }

    /** Deletes the spool file unless {@link #finish()} handed it over. */
    @Override
    public void close() throws IOException {
        if (fileOut != null && !finished) {
            finished = true;
            try {
                fileOut.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Hex SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }
}
