package ch.postdesk.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** One alert to one account manager; {@code sentAt} is null while it waits for the rate limit window. */
@Entity
@Table(name = "account_manager_alert")
public class AccountManagerAlert {

    /** Reason of an alert. */
    public enum Kind {
        SLA_BREACH, LOW_RATING, ESCALATION, REPEATED_REOPENING, INCIDENT;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "customer_key")
    private String customerKey;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected AccountManagerAlert() {
    }

    AccountManagerAlert(String recipient, String customerKey, Long ticketId, Kind kind, String detail,
            Instant createdAt) {
        this.recipient = recipient;
        this.customerKey = customerKey;
        this.ticketId = ticketId;
        this.kind = kind;
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.createdAt = createdAt;
    }

    void sent(Instant at) {
        sentAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getCustomerKey() {
        return customerKey;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
