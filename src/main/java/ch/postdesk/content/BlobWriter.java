package ch.postdesk.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes large content into a {@code LONGBLOB} column from a stream, in the caller's transaction.
 * Hibernate binds a {@code byte[]} field as one array, so entities with such content map the
 * column read-only and their repositories call this after the row is inserted. The driver
 * copies the stream to the server without first reading it into an array of its own.
 */
@Component
public class BlobWriter {

    /** The tables with a {@code content} column written by this class. */
    public enum BlobTable {
        RAW_MESSAGE("raw_message"),
        ATTACHMENT("attachment"),
        QUARANTINED_MAIL("quarantined_mail"),
        IGNORED_MAIL("ignored_mail");

        private final String sql;

        BlobTable(String table) {
            this.sql = "UPDATE " + table + " SET content = ? WHERE id = ?";
        }
    }

    private final JdbcTemplate jdbc;

    public BlobWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the content of row {@code id}; the row must be inserted (flushed) already. */
    public void write(BlobTable table, long id, MailContent content) {
        Integer updated = jdbc.execute(table.sql, (java.sql.PreparedStatement statement) -> {
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
}
