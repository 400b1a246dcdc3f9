package ch.postdesk.ticket;

import ch.postdesk.content.BlobStore;
import ch.postdesk.content.MailContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;

/** A message byte for byte as it arrived or was sent. */
@Entity
@Table(name = "raw_message")
public class RawMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private long size;

    /**
     * Content of a new row until {@link BlobStore} has written it. The {@code content} column is
     * not mapped: {@link BlobStore} streams it in and out.
     */
    @Transient
    private MailContent pendingContent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RawMessage() {
    }

    public RawMessage(MailContent content, Instant createdAt) {
        this.pendingContent = content;
        this.size = content.size();
        this.sha256 = content.sha256();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    /** Returns the content of a new row until its transaction ends, or null for a row loaded from the database. */
    public MailContent pendingContent() {
        return pendingContent;
    }

    /** Writes the content of a new row; call once after the row is inserted. */
    public void writeContent(BlobStore store) {
        if (pendingContent != null) {
            store.write(BlobStore.BlobTable.RAW_MESSAGE, id, pendingContent);
        }
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }
}
