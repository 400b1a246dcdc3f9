package ch.postdesk.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff mail whose sender could not be authenticated, kept for review. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    /** Type of an event about a staff mail that failed authentication. */
    public static final String UNVERIFIED_STAFF_MAIL = "unverified-staff-mail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String type;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "message_id")
    private String messageId;

    private String sender;

    @Column(name = "token_state", nullable = false)
    private String tokenState;

    @Column(name = "token_recipient")
    private String tokenRecipient;

    @Column(name = "decision_source", nullable = false)
    private String decisionSource;

    @Column(columnDefinition = "text")
    private String detail;

    /** The command lines that were not executed, one per line. */
    @Column(columnDefinition = "text")
    private String commands;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SecurityEvent() {
    }

    public SecurityEvent(String type, Long ticketId, String messageId, String sender, Authentication authentication,
            String commands, Instant createdAt) {
        this.type = type;
        this.ticketId = ticketId;
        this.messageId = messageId;
        this.sender = sender;
        this.tokenState = authentication.tokenState().apiName();
        this.tokenRecipient = authentication.tokenRecipient();
        this.decisionSource = authentication.source().apiName();
        this.detail = authentication.detail();
        this.commands = commands;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getSender() {
        return sender;
    }

    public String getTokenState() {
        return tokenState;
    }

    public String getTokenRecipient() {
        return tokenRecipient;
    }

    public String getDecisionSource() {
        return decisionSource;
    }

    public String getDetail() {
        return detail;
    }

    public String getCommands() {
        return commands;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
