package ch.postdesk.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One automatic mail queued for one recipient; the rate limits count these rows. */
@Entity
@Table(name = "automatic_mail")
public class AutomaticMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AutomaticMail() {
    }

    public AutomaticMail(String recipient, Long ticketId, String kind, Instant createdAt) {
        this.recipient = recipient;
        this.ticketId = ticketId;
        this.kind = kind;
        this.createdAt = createdAt;
    }
}
