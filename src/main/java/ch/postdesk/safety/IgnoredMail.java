package ch.postdesk.safety;

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

/** An inbound mail that was deliberately not turned into a ticket or article, kept raw with the reason. */
@Entity
@Table(name = "ignored_mail")
public class IgnoredMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String mailbox;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "mail_class", nullable = false)
    private String mailClass;

    private String sender;

    private String subject;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private long size;

    /**
     * Content of a new row until {@link BlobStore} has written it. The {@code content} column is
     * not mapped: {@link BlobStore} streams it in and out.
     */
    @Transient
    private MailContent pendingContent;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected IgnoredMail() {
    }

    public IgnoredMail(String mailbox, String messageId, MailClass mailClass, String sender, String subject,
            String reason, MailContent content, Instant receivedAt) {
        this.mailbox = mailbox;
        this.messageId = messageId;
        this.mailClass = mailClass.apiName();
        this.sender = truncate(sender, 1000);
        this.subject = truncate(subject, 998);
        this.reason = truncate(reason, 1000);
        this.size = content.size();
        this.pendingContent = content;
        this.receivedAt = receivedAt;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
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

    public String getMailClass() {
        return mailClass;
    }

    public String getSender() {
        return sender;
    }

    public String getSubject() {
        return subject;
    }

    public String getReason() {
        return reason;
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
            store.write(BlobStore.BlobTable.IGNORED_MAIL, id, pendingContent);
        }
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
