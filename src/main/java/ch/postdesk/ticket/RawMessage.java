package ch.postdesk.ticket;

import ch.postdesk.content.BlobWriter;
import ch.postdesk.content.MailContent;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
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

    /** Written from a stream by {@link BlobWriter} after the insert; read like any column. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "longblob", insertable = false, updatable = false)
    private byte[] content;

    /** Content of a new row until {@link BlobWriter} has written it. */
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

    /** The stored bytes, or those of a new row whose content is not written yet. */
    public byte[] getContent() {
        return content != null || pendingContent == null ? content : pendingContent.bytes();
    }

    /** Writes the content of a new row; call once after the row is inserted. */
    public void writeContent(BlobWriter writer) {
        if (pendingContent != null) {
            writer.write(BlobWriter.BlobTable.RAW_MESSAGE, id, pendingContent);
        }
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }
}
