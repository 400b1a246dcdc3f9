package ch.postdesk.inbound;

import ch.postdesk.command.CommandMail;
import ch.postdesk.content.MailContent;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.parsing.ParsedMail;
import ch.postdesk.safety.Classification;
import ch.postdesk.routing.TeamReply;
import ch.postdesk.triage.TriageOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The message body that travels through the inbound pipeline. Each stage reads what earlier
 * stages set and adds its own result: the parser sets {@link #parsed()}, the customer resolver
 * {@link #customer()} and {@link #language()}, the thread resolver {@link #thread()}, and the
 * store {@link #result()}. The limits stage sets {@link #oversized()}, the classification stage
 * {@link #classification()} and {@link #participants()}.
 *
 * <p>The raw message and large decoded attachments may live in spool files; {@link #close()}
 * deletes them once the pipeline is done with the mail.
 */
public final class InboundMail implements AutoCloseable {

    private final String mailbox;
    private final MailContent raw;
    private final Instant receivedAt;
    private ParsedMail parsed;
    private Customer customer;
    private String language;
    private ThreadMatch thread = ThreadMatch.NONE;
    private InboundResult result;
    private boolean oversized;
    private Classification classification;
    private List<String> participants = List.of();
    private TriageOutcome triage;
    private TeamReply teamReply;
    private CommandMail commandMail;

    public InboundMail(String mailbox, byte[] raw, Instant receivedAt) {
        this(mailbox, MailContent.of(raw), receivedAt);
    }

    public InboundMail(String mailbox, MailContent raw, Instant receivedAt) {
        this.mailbox = mailbox;
        this.raw = Objects.requireNonNull(raw, "raw");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Returns the id of the mailbox the mail came through, or null for mail posted to the API without one. */
    public String mailbox() {
        return mailbox;
    }

    /** Returns the message exactly as it arrived. */
    public MailContent raw() {
        return raw;
    }

    /** Deletes the spool files of the raw message and of the parsed attachments. */
    @Override
    public void close() {
        if (parsed != null) {
            parsed.releaseContent();
        }
        raw.close();
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public ParsedMail parsed() {
        return parsed;
    }

    public void setParsed(ParsedMail parsed) {
        this.parsed = parsed;
    }

    /** Returns the customer the sender belongs to, or null for an unknown sender. */
    public Customer customer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public String language() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public ThreadMatch thread() {
        return thread;
    }

    public void setThread(ThreadMatch thread) {
        this.thread = thread;
    }

    public InboundResult result() {
        return result;
    }

    public void setResult(InboundResult result) {
        this.result = result;
    }

    /** The triage rules' decision for this mail, or null when triage did not run (for example for a team reply). */
    public TriageOutcome triage() {
        return triage;
    }

    public void setTriage(TriageOutcome triage) {
        this.triage = triage;
    }

    /** Set when the mail is staff mail about an existing ticket; such mail becomes an internal note. */
    public TeamReply teamReply() {
        return teamReply;
    }

    public void setTeamReply(TeamReply teamReply) {
        this.teamReply = teamReply;
    }

    /** Set for staff mail about an existing ticket: its sender's authentication and its command lines. */
    public CommandMail commandMail() {
        return commandMail;
    }

    public void setCommandMail(CommandMail commandMail) {
        this.commandMail = commandMail;
    }

    private String headerMessageId;

    /**
     * Returns the Message-ID once parsed; before parsing, the one read from the header block by
     * the limits check, or null.
     */
    public String messageId() {
        return parsed == null ? headerMessageId : parsed.messageId();
    }

    /** Records the Message-ID found in the header block before the mail is parsed. */
    public void setHeaderMessageId(String messageId) {
        this.headerMessageId = messageId;
    }

    /** Whether the mail exceeds the maximum message size, so that only its header is read. */
    public boolean oversized() {
        return oversized;
    }

    public void setOversized(boolean oversized) {
        this.oversized = oversized;
    }

    /** The mail's class, such as human or auto-reply; null before the classification stage. */
    public Classification classification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    /** From, Reply-To, To and Cc addresses in lower case, without any of Postdesk's own addresses. */
    public List<String> participants() {
        return participants;
    }

    public void setParticipants(List<String> participants) {
        this.participants = List.copyOf(participants);
    }

    /**
     * The ticket an inbound mail belongs to, found by the thread resolver.
     *
     * @param ticketId the ticket's id, or null when the mail opens a new ticket
     * @param via how the ticket was found: {@code in-reply-to}, {@code references} or {@code subject-tag}
     * @param duplicateOf true when the mail's own Message-ID is already stored
     */
    public record ThreadMatch(Long ticketId, String via, boolean duplicateOf) {

        public static final ThreadMatch NONE = new ThreadMatch(null, null, false);
    }
}
