package ch.postdesk.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mark that draws an agent's attention to a ticket, such as a failed delivery, until it is cleared. */
@Entity
@Table(name = "ticket_flag")
public class TicketFlag {

    /** Flag type of a permanent delivery failure. */
    public static final String DELIVERY_FAILED = "delivery-failed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Column(nullable = false)
    private String type;

    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    protected TicketFlag() {
    }

    public TicketFlag(Long ticketId, String type, String detail, Instant createdAt) {
        this.ticketId = ticketId;
        this.type = type;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getType() {
        return type;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClearedAt() {
        return clearedAt;
    }

    public void clear(Instant now) {
        this.clearedAt = now;
    }
}
