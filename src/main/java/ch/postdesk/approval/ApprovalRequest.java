package ch.postdesk.approval;

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

/** A request to the customer to approve scope, timeline and cost, and the decision once made. */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest {

    /** Life cycle of a request; only a PENDING request can be decided. */
    public enum Status { PENDING, APPROVED, DECLINED, SUPERSEDED }

    /** How the customer decided. */
    public enum Via { LINK, REPLY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Column(nullable = false, columnDefinition = "text")
    private String scope;

    @Column(nullable = false)
    private String timeline;

    @Column(nullable = false)
    private String cost;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "token_nonce", nullable = false)
    private String tokenNonce;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_via")
    private Via decidedVia;

    @Version
    private long version;

    protected ApprovalRequest() {
    }

    public ApprovalRequest(Long ticketId, String scope, String timeline, String cost, String requestedBy,
            String recipient, Instant requestedAt, Instant expiresAt, String tokenNonce) {
        this.ticketId = ticketId;
        this.scope = scope;
        this.timeline = timeline;
        this.cost = cost;
        this.requestedBy = requestedBy;
        this.recipient = recipient;
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
        this.tokenNonce = tokenNonce;
        this.status = Status.PENDING;
    }

    public void supersede() {
        this.status = Status.SUPERSEDED;
    }

    public void decide(boolean approved, String by, Via via, Instant at) {
        this.status = approved ? Status.APPROVED : Status.DECLINED;
        this.decidedBy = by;
        this.decidedVia = via;
        this.decidedAt = at;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getScope() {
        return scope;
    }

    public String getTimeline() {
        return timeline;
    }

    public String getCost() {
        return cost;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getTokenNonce() {
        return tokenNonce;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Via getDecidedVia() {
        return decidedVia;
    }
}
