package ch.postdesk.threading;

import ch.postdesk.parsing.MailParser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Maps one Message-ID that Postdesk received or sent to its ticket. */
@Entity
@Table(name = "message_index")
public class MessageIndexEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id_hash", nullable = false, unique = true, length = 64)
    private String messageIdHash;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Column(name = "article_id")
    private Long articleId;

    @Column(nullable = false)
    private String direction;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MessageIndexEntry() {
    }

    public MessageIndexEntry(String messageId, Long ticketId, Long articleId, String direction, Instant createdAt) {
        this.messageId = messageId;
        this.messageIdHash = hash(messageId);
        this.ticketId = ticketId;
        this.articleId = articleId;
        this.direction = direction;
        this.createdAt = createdAt;
    }

    /** Returns the key under which a Message-ID is indexed: the SHA-256 of the ID without angle brackets. */
    public static String hash(String messageId) {
        return MailParser.sha256Hex(messageId.strip().getBytes(StandardCharsets.UTF_8));
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getDirection() {
        return direction;
    }

    public String getMessageId() {
        return messageId;
    }
}
