package ch.postdesk.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A satisfaction survey sent to one recipient, and its answer: a rating of 1 to 5 and an optional comment. */
@Entity
@Table(name = "survey")
public class Survey {

    /** What the survey asks about. */
    public enum Kind { TICKET, CUSTOMER }

    /** How the rating arrived. */
    public enum Via { LINK, REPLY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "customer_key")
    private String customerKey;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String language;

    @Column(name = "token_nonce", nullable = false)
    private String tokenNonce;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    private Integer rating;

    @Column(columnDefinition = "text")
    private String comment;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "answered_via")
    private Via answeredVia;

    @Column(name = "answered_by")
    private String answeredBy;

    @Version
    private long version;

    protected Survey() {
    }

    public Survey(Kind kind, Long ticketId, String customerKey, String recipient, String language, String tokenNonce,
            Instant sentAt, Instant expiresAt) {
        this.kind = kind;
        this.ticketId = ticketId;
        this.customerKey = customerKey;
        this.recipient = recipient;
        this.language = language;
        this.tokenNonce = tokenNonce;
        this.sentAt = sentAt;
        this.expiresAt = expiresAt;
    }

    public void answer(int value, String text, Via via, String by, Instant at) {
        this.rating = value;
        this.comment = text == null || text.isBlank() ? null : text;
        this.answeredVia = via;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public void addComment(String text) {
        this.comment = text;
    }

    public boolean isAnswered() {
        return rating != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getCustomerKey() {
        return customerKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getTokenNonce() {
        return tokenNonce;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Integer getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Via getAnsweredVia() {
        return answeredVia;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
