package ch.postdesk.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An address that gets no automatic mail until {@link #getUntil()}, after a permanent delivery failure. */
@Entity
@Table(name = "suppressed_recipient")
public class SuppressedRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String address;

    private String status;

    private String diagnostic;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "suppressed_until", nullable = false)
    private Instant until;

    protected SuppressedRecipient() {
    }

    public SuppressedRecipient(String address, Instant createdAt) {
        this.address = address;
        this.createdAt = createdAt;
        this.until = createdAt;
    }

    /** Records a further failure and extends the suppression to {@code until}. */
    public void renew(String status, String diagnostic, Long ticketId, Instant now, Instant until) {
        this.status = status;
        this.diagnostic = diagnostic == null || diagnostic.length() <= 1000 ? diagnostic : diagnostic.substring(0, 1000);
        this.ticketId = ticketId;
        this.createdAt = now;
        this.until = until;
    }

    public Long getId() {
        return id;
    }

    public String getAddress() {
        return address;
    }

    public String getStatus() {
        return status;
    }

    public String getDiagnostic() {
        return diagnostic;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUntil() {
        return until;
    }
}
