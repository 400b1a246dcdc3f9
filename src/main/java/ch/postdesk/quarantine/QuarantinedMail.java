package ch.postdesk.quarantine;

import ch.postdesk.content.BlobStore;
import ch.postdesk.content.MailContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;

/** A mail that failed in the inbound pipeline, kept raw with the failure so that it can be replayed. */
@Entity
@Table(name = "quarantined_mail")
public class QuarantinedMail {

    /** Whether the mail still waits for an operator. */
    public enum Status { OPEN, REPLAYED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String mailbox;

    @Column(name = "message_id")
    private String messageId;

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

    private String stage;

    @Column(nullable = false, columnDefinition = "text")
    private String error;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "replayed_at")
    private Instant replayedAt;

    @Column(name = "replay_result")
    private String replayResult;

    protected QuarantinedMail() {
    }

    public QuarantinedMail(String mailbox, String messageId, MailContent content, String stage, String error,
            Instant receivedAt) {
        this.mailbox = mailbox;
        this.messageId = messageId;
        this.pendingContent = content;
        this.size = content.size();
        this.sha256 = content.sha256();
        this.stage = stage;
        this.error = error;
        this.status = Status.OPEN;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public String getMailbox() {
        return mailbox;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    /** Returns the content of a new row until its transaction ends, or null for a row loaded from the database. */
    public MailContent pendingContent() {
        return pendingContent;
    }

    /** Writes the content of a new row; call once after the row is inserted. */
    public void writeContent(BlobStore store) {
        if (pendingContent != null) {
            store.write(BlobStore.BlobTable.QUARANTINED_MAIL, id, pendingContent);
        }
    }

    public String getStage() {
        return stage;
    }

    public String getError() {
        return error;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getReplayedAt() {
        return replayedAt;
    }

    public String getReplayResult() {
        return replayResult;
    }

    void markReplayed(Instant now, String result) {
        this.status = Status.REPLAYED;
        this.replayedAt = now;
        this.replayResult = result;
    }
}
