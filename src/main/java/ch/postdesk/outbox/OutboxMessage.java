package ch.postdesk.outbox;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A rendered mail waiting to be sent, or the record that it was sent or failed. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** Delivery state. */
    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "article_id")
    private Long articleId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String recipients;

    @Column(name = "envelope_from")
    private String envelopeFrom;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_error", columnDefinition = "text")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(Long ticketId, Long articleId, String kind, String recipients, String envelopeFrom,
            String messageId, byte[] content, Instant now) {
        this.ticketId = ticketId;
        this.articleId = articleId;
        this.kind = kind;
        this.recipients = recipients;
        this.envelopeFrom = envelopeFrom;
        this.messageId = messageId;
        this.content = content;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getEnvelopeFrom() {
        return envelopeFrom;
    }

    public String getMessageId() {
        return messageId;
    }

    public byte[] getContent() {
        return content;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    void markSent(Instant now) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
        leaseUntil = null;
        lastError = null;
    }

    void markAttemptFailed(String error, Instant nextAttempt, boolean giveUp) {
        attempts++;
        lastError = error;
        leaseUntil = null;
        nextAttemptAt = nextAttempt;
        if (giveUp) {
            status = Status.FAILED;
        }
    }
}
