package ch.postdesk.ticket;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One message of a ticket: a customer mail, an agent note or a mail Postdesk sent. */
@Entity
@Table(name = "article")
public class Article {

    /** Whether the article came in or went out. */
    public enum Direction { INBOUND, OUTBOUND }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    private String mailbox;

    @Column(name = "from_address")
    private String fromAddress;

    @Column(name = "to_addresses", columnDefinition = "text")
    private String toAddresses;

    @Column(name = "cc_addresses", columnDefinition = "text")
    private String ccAddresses;

    private String subject;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "in_reply_to", columnDefinition = "text")
    private String inReplyTo;

    @Column(name = "references_ids", columnDefinition = "text")
    private String referencesIds;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(columnDefinition = "mediumtext")
    private String headers;

    @Column(name = "text_body", columnDefinition = "longtext")
    private String textBody;

    @Column(name = "html_body", columnDefinition = "longtext")
    private String htmlBody;

    @Column(name = "visible_text", columnDefinition = "longtext")
    private String visibleText;

    @Column(nullable = false)
    private boolean internal;

    @Column(nullable = false)
    private boolean automatic;

    /** Whether this is a staff mail whose sender could not be authenticated, so its commands did not run. */
    @Column(nullable = false)
    private boolean unverified;

    @Column(name = "parse_warnings", columnDefinition = "text")
    private String parseWarnings;

    @ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "raw_message_id")
    private RawMessage rawMessage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    protected Article() {
    }

    public Article(Ticket ticket, Direction direction, String messageId, Instant createdAt) {
        this.ticket = ticket;
        this.direction = direction;
        this.messageId = messageId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getMailbox() {
        return mailbox;
    }

    public void setMailbox(String mailbox) {
        this.mailbox = mailbox;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public void setFromAddress(String fromAddress) {
        this.fromAddress = fromAddress;
    }

    public String getToAddresses() {
        return toAddresses;
    }

    public void setToAddresses(String toAddresses) {
        this.toAddresses = toAddresses;
    }

    public String getCcAddresses() {
        return ccAddresses;
    }

    public void setCcAddresses(String ccAddresses) {
        this.ccAddresses = ccAddresses;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public void setInReplyTo(String inReplyTo) {
        this.inReplyTo = inReplyTo;
    }

    public String getReferencesIds() {
        return referencesIds;
    }

    public void setReferencesIds(String referencesIds) {
        this.referencesIds = referencesIds;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public void setSentAt(Instant sentAt) {
        this.sentAt = sentAt;
    }

    public String getHeaders() {
        return headers;
    }

    public void setHeaders(String headers) {
        this.headers = headers;
    }

    public String getTextBody() {
        return textBody;
    }

    public void setTextBody(String textBody) {
        this.textBody = textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public void setHtmlBody(String htmlBody) {
        this.htmlBody = htmlBody;
    }

    public String getVisibleText() {
        return visibleText;
    }

    public void setVisibleText(String visibleText) {
        this.visibleText = visibleText;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public void setAutomatic(boolean automatic) {
        this.automatic = automatic;
    }

    public boolean isUnverified() {
        return unverified;
    }

    public void setUnverified(boolean unverified) {
        this.unverified = unverified;
    }

    public String getParseWarnings() {
        return parseWarnings;
    }

    public void setParseWarnings(String parseWarnings) {
        this.parseWarnings = parseWarnings;
    }

    public RawMessage getRawMessage() {
        return rawMessage;
    }

    public void setRawMessage(RawMessage rawMessage) {
        this.rawMessage = rawMessage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }
}
