package ch.postdesk.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the {@code LONGBLOB} content of raw messages, attachments, quarantined and
 * ignored mail. The entities of these tables do not map the column, because Hibernate would load
 * it as one array with every entity. Writing streams the content into the row after its insert,
 * in the caller's transaction. Reading copies it in pieces of {@link #CHUNK_SIZE}, so that a
 * download keeps at most one piece in the heap.
 */
@Component
public class BlobStore {

    /** Bytes per query when content is read. */
    static final int CHUNK_SIZE = 1024 * 1024;

    /** The tables with a {@code content} column handled here. */
    public enum BlobTable {
        RAW_MESSAGE("raw_message"),
        ATTACHMENT("attachment"),
        QUARANTINED_MAIL("quarantined_mail"),
        IGNORED_MAIL("ignored_mail"),
        /** Outgoing mail exactly as Postdesk sends it; written by Hibernate, read here. */
        OUTBOX_MESSAGE("outbox_message");

        private final String update;
        private final String length;
        private final String chunk;

        BlobTable(String table) {
            this.update = "UPDATE " + table + " SET content = ? WHERE id = ?";
            this.length = "SELECT LENGTH(content) FROM " + table + " WHERE id = ?";
            this.chunk = "SELECT SUBSTRING(content, ?, ?) FROM " + table + " WHERE id = ?";
        }
    }

    private final JdbcTemplate jdbc;

    public BlobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the content of row {@code id}; the row must be inserted (flushed) already. */
    public void write(BlobTable table, long id, MailContent content) {
        Integer updated = jdbc.execute(table.update, (java.sql.PreparedStatement statement) -> {
            try (InputStream in = content.openStream()) {
                statement.setBinaryStream(1, in, content.size());
                statement.setLong(2, id);
                return statement.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException("content for " + table + " #" + id + " cannot be read", e);
            }
        });
        if (updated == null || updated != 1) {
            throw new IllegalStateException("no " + table + " row #" + id + " to write content into");
        }
    }

    /** Copies the content of row {@code id} to {@code out} piece by piece; returns the number of bytes. */
    public long copy(BlobTable table, long id, OutputStream out) throws IOException {
        Long length = jdbc.queryForObject(table.length, Long.class, id);
        if (length == null) {
            throw new IllegalStateException(table + " #" + id + " has no content");
        }
        for (long position = 0; position < length; position += CHUNK_SIZE) {
            byte[] chunk = jdbc.queryForObject(table.chunk, byte[].class, position + 1, CHUNK_SIZE, id);
            out.write(chunk);
        }
        return length;
    }

    /**
     * Returns a response body that reads the content of row {@code id} piece by piece while
     * Spring MVC writes the response.
     */
    public org.springframework.core.io.Resource resource(BlobTable table, long id) {
        return new org.springframework.core.io.InputStreamResource(new ChunkedStream(table, id));
    }

    /** Reads one chunk per query when its buffer is empty. */
    private final class ChunkedStream extends InputStream {

        private final BlobTable table;
        private final long id;
        private final long length;
        private long position;
        private byte[] chunk = new byte[0];
        private int offset;

        ChunkedStream(BlobTable table, long id) {
            this.table = table;
            this.id = id;
            Long found = jdbc.queryForObject(table.length, Long.class, id);
            this.length = found == null ? 0 : found;
        }

        @Override
        public int read() throws IOException {
            byte[] single = new byte[1];
            return read(single, 0, 1) < 0 ? -1 : single[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
            if (offset == chunk.length) {
                if (position >= length) {
                    return -1;
                }
                chunk = jdbc.queryForObject(table.chunk, byte[].class, position + 1, CHUNK_SIZE, id);
                position += chunk.length;
                offset = 0;
                if (chunk.length == 0) {
                    return -1;
                }
            }
            int count = Math.min(len, chunk.length - offset);
            System.arraycopy(chunk, offset, buffer, off, count);
            offset += count;
            return count;
        }
    }

    /** Reads the content of row {@code id} as one array; for content known to be small. */
    public byte[] read(BlobTable table, long id) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            copy(table, id, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads the content of row {@code id} into a spool, on disk when it is large. */
    public MailContent load(BlobTable table, long id, Spooling spooling) {
        try (ContentSpool spool = new ContentSpool(spooling)) {
            copy(table, id, spool);
            return spool.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(table + " #" + id + " cannot be spooled", e);
        }
    }
}
