package ch.postdesk.inbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A further copy of an already stored mail, with the mailbox it came through. */
@Entity
@Table(name = "inbound_duplicate")
public class InboundDuplicate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "ticket_id")
    private Long ticketId;

    private String mailbox;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected InboundDuplicate() {
    }

    public InboundDuplicate(String messageId, Long ticketId, String mailbox, Instant receivedAt) {
        this.messageId = messageId;
        this.ticketId = ticketId;
        this.mailbox = mailbox;
        this.receivedAt = receivedAt;
    }

    public String getMessageId() {
        return messageId;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getMailbox() {
        return mailbox;
    }
}
