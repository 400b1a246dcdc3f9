package ch.postdesk.safety;

import ch.postdesk.content.BlobStore;
import ch.postdesk.inbound.InboundDuplicate;
import ch.postdesk.inbound.InboundDuplicateRepository;
import ch.postdesk.inbound.InboundLogContext;
import ch.postdesk.inbound.InboundMail;
import ch.postdesk.inbound.InboundOutcome;
import ch.postdesk.inbound.InboundResult;
import ch.postdesk.notify.CustomerMailComposer;
import ch.postdesk.outbox.OutboundProperties;
import ch.postdesk.outbox.OutboxService;
import ch.postdesk.parsing.MailAddress;
import ch.postdesk.parsing.ParsedMail;
import ch.postdesk.safety.BounceReport.FailedRecipient;
import ch.postdesk.threading.MessageIndexEntry;
import ch.postdesk.threading.MessageIndexRepository;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.ArticleFactory;
import ch.postdesk.ticket.ArticleRepository;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import ch.postdesk.ticket.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies what each {@link MailClass} means, inside the store transaction of {@code TicketWriter}:
 * <ul>
 * <li>auto-reply: appended to its ticket as an automatic article, without any change of status,
 *     owner, team or update time and without notification; one that refers to no ticket goes to
 *     the ignored-mail log;</li>
 * <li>bounce: appended to the ticket of the failed message as an internal automatic article with a
 *     summary; a permanently failed recipient is suppressed and the ticket flagged, a temporary
 *     failure only noted; a bounce for an unknown message goes to the ignored-mail log;</li>
 * <li>list and own: the ignored-mail log;</li>
 * <li>spam: a new ticket in the spam state without acknowledgement;</li>
 * <li>oversized human mail: a new ticket whose sender gets a {@code message-too-large} mail instead
 *     of the acknowledgement.</li>
 * </ul>
 */
@Component
public class MailSafetyHandler {

    /** Template event of the notice that a message exceeded the maximum message size. */
    public static final String MESSAGE_TOO_LARGE = "message-too-large";

    private static final Logger log = LoggerFactory.getLogger(MailSafetyHandler.class);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;\"]+@[^\\s<>,;\"]+");

    private final TicketRepository tickets;
    private final ArticleRepository articles;
    private final ArticleFactory articleFactory;
    private final MessageIndexRepository messageIndex;
    private final InboundDuplicateRepository duplicates;
    private final IgnoredMailRepository ignoredMail;
    private final TicketFlagRepository flags;
    private final SuppressionList suppressions;
    private final HistoryRecorder history;
    private final CustomerMailComposer composer;
    private final OutboxService outbox;
    private final SafetyProperties properties;
    private final VerpAddress verp;
    private final Clock clock;
    private final BlobStore blobs;

    public MailSafetyHandler(TicketRepository tickets, ArticleRepository articles, ArticleFactory articleFactory,
            MessageIndexRepository messageIndex, InboundDuplicateRepository duplicates, IgnoredMailRepository ignoredMail,
            TicketFlagRepository flags, SuppressionList suppressions, HistoryRecorder history,
            CustomerMailComposer composer, OutboxService outbox, SafetyProperties properties,
            OutboundProperties outbound, Clock clock, BlobStore blobs) {
        this.tickets = tickets;
        this.articles = articles;
        this.articleFactory = articleFactory;
        this.messageIndex = messageIndex;
        this.duplicates = duplicates;
        this.ignoredMail = ignoredMail;
        this.flags = flags;
        this.suppressions = suppressions;
        this.history = history;
        this.composer = composer;
        this.outbox = outbox;
        this.properties = properties;
        this.verp = new VerpAddress(outbound.bounceAddress(), outbound.messageIdDomain());
        this.clock = clock;
        this.blobs = blobs;
    }

    /**
     * Stores a mail of a class that neither opens nor continues a ticket the normal way, and
     * returns the outcome. Returns empty for human and spam mail, which the caller stores.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<InboundResult> handle(InboundMail mail) {
        Classification classification = mail.classification();
        if (classification == null) {
            return Optional.empty();
        }
        return switch (classification.mailClass()) {
            case HUMAN, SPAM -> Optional.empty();
            case AUTO_REPLY -> Optional.of(autoReply(mail, classification));
            case BOUNCE -> Optional.of(bounce(mail, classification));
            case LIST, OWN -> Optional.of(ignore(mail, classification.mailClass(), classification.reason()));
        };
    }

    /** Returns whether a new ticket from {@code mail} gets the usual acknowledgement. */
    public boolean mayAcknowledge(InboundMail mail) {
        Classification classification = mail.classification();
        return !mail.oversized() && (classification == null || classification.allowsAutomaticResponse());
    }

    /** Applies the spam state and the size note to a ticket that {@code mail} has just opened. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void onTicketCreated(Ticket ticket, InboundMail mail) {
        Classification classification = mail.classification();
        if (classification != null && classification.mailClass() == MailClass.SPAM) {
            ticket.setStatus(TicketStatus.SPAM);
            history.record(ticket, "marked-spam", null, classification.reason());
            log.info("Ticket {} from <{}> is spam: {}", ticket.getNumber(), mail.messageId(), classification.reason());
        }
        if (mail.oversized()) {
            history.record(ticket, "message-too-large", null, MailLimits.formatSize(mail.raw().size())
                    + " exceeds the maximum message size of "
                    + MailLimits.formatSize(properties.limits().maxMessageSize().toBytes())
                    + "; stored raw, not processed");
            if (classification == null || classification.allowsAutomaticResponse()) {
                tellSenderTooLarge(ticket, mail);
            }
        }
    }

    private void tellSenderTooLarge(Ticket ticket, InboundMail mail) {
        ParsedMail parsed = mail.parsed();
        String recipient = parsed.replyTo().stream().filter(MailAddress::valid).map(MailAddress::address).findFirst()
                .orElse(parsed.fromAddress());
        if (recipient == null) {
            return;
        }
        var notice = composer.compose(MESSAGE_TOO_LARGE, ticket, recipient, parsed.messageId(), parsed.references(),
                "auto-replied", Map.of("message", Map.of(
                        "size", MailLimits.formatSize(mail.raw().size()),
                        "maxSize", MailLimits.formatSize(properties.limits().maxMessageSize().toBytes()))));
        if (outbox.enqueue(ticket, notice, false) != null) {
            history.record(ticket, "message-too-large-notice-queued", null, "to " + recipient);
        }
    }

    private InboundResult autoReply(InboundMail mail, Classification classification) {
        Long ticketId = mail.thread().ticketId();
        if (ticketId == null) {
            return ignore(mail, MailClass.AUTO_REPLY, classification.reason() + "; refers to no ticket");
        }
        Ticket ticket = tickets.findByIdForUpdate(ticketId).orElseThrow();
        MDC.put(InboundLogContext.TICKET, ticket.getNumber());
        Instant now = clock.instant();
        Article article = articleFactory.saveInbound(ticket, mail.parsed(), mail.raw(), mail.mailbox(), now,
                automatic -> automatic.setAutomatic(true));
        messageIndex.save(new MessageIndexEntry(mail.messageId(), ticket.getId(), article.getId(), "inbound", now));
        history.record(ticket, "auto-reply-added", sender(mail), classification.reason());
        log.info("Appended auto-reply <{}> to ticket {} without state change ({})", mail.messageId(),
                ticket.getNumber(), classification.reason());
        return new InboundResult(InboundOutcome.APPENDED, ticket.getNumber(),
                "auto-reply appended without state change: " + classification.reason());
    }

    private InboundResult bounce(InboundMail mail, Classification classification) {
        BounceReport report = classification.bounce();
        Optional<MessageIndexEntry> original = findOriginal(report);
        Long ticketId = original.map(MessageIndexEntry::getTicketId).orElse(mail.thread().ticketId());
        String summary = summary(report);
        if (ticketId == null) {
            return ignore(mail, MailClass.BOUNCE, "notification about a message Postdesk does not know: " + summary);
        }
        Ticket ticket = tickets.findByIdForUpdate(ticketId).orElseThrow();
        MDC.put(InboundLogContext.TICKET, ticket.getNumber());
        Instant now = clock.instant();

        Article article = articleFactory.saveInbound(ticket, mail.parsed(), mail.raw(), mail.mailbox(), now,
                notification -> {
                    notification.setInternal(true);
                    notification.setAutomatic(true);
                    notification.setVisibleText(summary);
                });
        messageIndex.save(new MessageIndexEntry(mail.messageId(), ticket.getId(), article.getId(), "inbound", now));

        boolean outgoing = original.map(e -> "outbound".equals(e.getDirection())).orElse(false);
        List<String> originalRecipients = original.map(this::recipientsOf).orElse(List.of());
        List<String> failed = new ArrayList<>();
        for (FailedRecipient recipient : report.recipients()) {
            String line = describe(recipient);
            if (!recipient.permanent()) {
                history.record(ticket, "delivery-delayed", null, line);
                continue;
            }
            history.record(ticket, "delivery-failed", null, line);
            failed.add(line);
            boolean ours = outgoing || originalRecipients.contains(recipient.address())
                    || recipient.address().equalsIgnoreCase(ticket.getContactAddress());
            if (ours) {
                Instant until = suppressions.suppress(recipient.address(), recipient.status(), recipient.diagnostic(),
                        ticket.getId());
                history.record(ticket, "recipient-suppressed", null, recipient.address()
                        + " gets no automatic mail until " + until);
            }
        }
        if (!failed.isEmpty()) {
            flags.save(new TicketFlag(ticket.getId(), TicketFlag.DELIVERY_FAILED, String.join("; ", failed), now));
        }
        log.info("Bounce <{}> for ticket {}: {}", mail.messageId(), ticket.getNumber(), summary);
        return new InboundResult(InboundOutcome.APPENDED, ticket.getNumber(), "bounce: " + summary);
    }

    private Optional<MessageIndexEntry> findOriginal(BounceReport report) {
        List<String> candidates = new ArrayList<>();
        if (report.verpToken() != null) {
            candidates.add(verp.messageId(report.verpToken()));
        }
        if (report.originalMessageId() != null) {
            candidates.add(report.originalMessageId());
        }
        for (String id : candidates) {
            Optional<MessageIndexEntry> entry = messageIndex.findByMessageIdHash(MessageIndexEntry.hash(id));
            if (entry.isPresent()) {
                return entry;
            }
        }
        return Optional.empty();
    }

    private List<String> recipientsOf(MessageIndexEntry entry) {
        if (entry.getArticleId() == null) {
            return List.of();
        }
        return articles.findById(entry.getArticleId()).map(article -> {
            List<String> addresses = new ArrayList<>();
            for (String field : new String[] {article.getToAddresses(), article.getCcAddresses()}) {
                if (field == null) {
                    continue;
                }
                Matcher matcher = ADDRESS.matcher(field);
                while (matcher.find()) {
                    addresses.add(matcher.group().toLowerCase(Locale.ROOT));
                }
            }
            return addresses;
        }).orElse(List.of());
    }

    /** Returns the text agents see on the bounce article, one line per recipient. */
    static String summary(BounceReport report) {
        if (report.recipients().isEmpty()) {
            return "Delivery of a message failed; the notification (" + report.format() + ") names no recipient.";
        }
        return report.recipients().stream().map(MailSafetyHandler::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(FailedRecipient recipient) {
        StringBuilder line = new StringBuilder("Delivery to ").append(recipient.address())
                .append(recipient.permanent() ? " failed" : " delayed");
        if (recipient.status() != null) {
            line.append(": ").append(recipient.status());
        }
        if (recipient.diagnostic() != null) {
            line.append(recipient.status() == null ? ": " : " ").append(recipient.diagnostic());
        }
        return line.toString();
    }

    private InboundResult ignore(InboundMail mail, MailClass mailClass, String reason) {
        Instant now = clock.instant();
        if (!ignoredMail.findByMessageId(mail.messageId()).isEmpty()) {
            duplicates.save(new InboundDuplicate(mail.messageId(), null, mail.mailbox(), now));
            log.info("Duplicate of ignored mail <{}> via mailbox {}", mail.messageId(), mail.mailbox());
            return new InboundResult(InboundOutcome.DUPLICATE, null, "Message-ID already in the ignored-mail log");
        }
        String text = mailClass.apiName() + ": " + reason;
        IgnoredMail saved = ignoredMail.saveAndFlush(new IgnoredMail(mail.mailbox(), mail.messageId(), mailClass,
                sender(mail), mail.parsed().subject(), text, mail.raw(), now));
        saved.writeContent(blobs);
        log.info("Ignored <{}> from {} as #{}: {}", mail.messageId(), mail.parsed().fromAddress(), saved.getId(), text);
        return new InboundResult(InboundOutcome.IGNORED, null, text);
    }

    private static String sender(InboundMail mail) {
        return mail.parsed().from() == null ? null : mail.parsed().from().formatted();
    }
}
