package ch.postdesk.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link from one ticket to another, such as the follow-up ticket that a late reply opened. */
@Entity
@Table(name = "ticket_link")
public class TicketLink {

    /** Kind of a link from an old ticket to the new ticket that a reply after the reopen period opened. */
    public static final String FOLLOW_UP = "follow-up";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Column(name = "linked_ticket_id", nullable = false)
    private Long linkedTicketId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketLink() {
    }

    public TicketLink(Long ticketId, Long linkedTicketId, String kind, Instant createdAt) {
        this.ticketId = ticketId;
        this.linkedTicketId = linkedTicketId;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getLinkedTicketId() {
        return linkedTicketId;
    }

    public String getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
