package ch.postdesk.inbound;

import ch.postdesk.command.CommandExecutor;
import ch.postdesk.alert.AlertTriggers;
import ch.postdesk.communication.IncomingReplyHandler;
import ch.postdesk.parsing.MailAddress;
import ch.postdesk.parsing.ParsedMail;
import ch.postdesk.safety.MailSafetyHandler;
import ch.postdesk.routing.TicketRouting;
import ch.postdesk.sla.SlaClockService;
import ch.postdesk.threading.MessageIndexEntry;
import ch.postdesk.threading.MessageIndexRepository;
import ch.postdesk.threading.SubjectTag;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.ArticleFactory;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketProperties;
import ch.postdesk.ticket.TicketRepository;
import ch.postdesk.ticket.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one inbound mail in a single transaction: the ticket (new or existing), the article with
 * its raw message and attachments, the Message-ID index entry, history, and the acknowledgement
 * in the outbox. Nothing of it is visible until the commit, and nothing is sent before it.
 */
@Component
public class TicketWriter {

    private static final Logger log = LoggerFactory.getLogger(TicketWriter.class);

    private final TicketRepository tickets;
    private final MessageIndexRepository messageIndex;
    private final InboundDuplicateRepository duplicates;
    private final ArticleFactory articleFactory;
    private final HistoryRecorder history;
    private final Acknowledgements acknowledgements;
    private final TicketProperties ticketProperties;
    private final SubjectTag subjectTag;
    private final IncomingReplyHandler replies;
    private final Clock clock;
    private final MailSafetyHandler safety;
    private final TicketRouting routing;
    private final CommandExecutor commands;
    private final SlaClockService slaClocks;
    private final AlertTriggers alertTriggers;

    public TicketWriter(TicketRepository tickets, MessageIndexRepository messageIndex,
            InboundDuplicateRepository duplicates, ArticleFactory articleFactory, HistoryRecorder history,
            Acknowledgements acknowledgements, TicketProperties ticketProperties,
            IncomingReplyHandler replies, Clock clock, MailSafetyHandler safety, TicketRouting routing,
            CommandExecutor commands, SlaClockService slaClocks, AlertTriggers alertTriggers) {
        this.tickets = tickets;
        this.messageIndex = messageIndex;
        this.duplicates = duplicates;
        this.articleFactory = articleFactory;
        this.history = history;
        this.acknowledgements = acknowledgements;
        this.ticketProperties = ticketProperties;
        this.subjectTag = new SubjectTag(ticketProperties.numberPrefix());
        this.replies = replies;
        this.clock = clock;
        this.safety = safety;
        this.routing = routing;
        this.commands = commands;
        this.slaClocks = slaClocks;
        this.alertTriggers = alertTriggers;
    }

    /**
     * Stores the mail. Returns {@link InboundOutcome#DUPLICATE} without writing anything but the
     * duplicate record when its Message-ID is already indexed.
     */
    @Transactional
    public InboundResult write(InboundMail mail) {
        ParsedMail parsed = mail.parsed();
        Instant now = clock.instant();
        Optional<MessageIndexEntry> known = messageIndex.findByMessageIdHash(MessageIndexEntry.hash(parsed.messageId()));
        if (known.isPresent()) {
            return duplicate(mail, known.get(), now);
        }
        Optional<InboundResult> handled = safety.handle(mail);
        if (handled.isPresent()) {
            return handled.get();
        }

        boolean created = mail.thread().ticketId() == null;
        Ticket ticket = created ? openTicket(mail, now)
                : tickets.findByIdForUpdate(mail.thread().ticketId()).orElseThrow();
        Ticket resolvedBefore = null;
        if (!created && mail.teamReply() == null && replies.opensNewTicket(ticket, parsed, now)) {
            resolvedBefore = ticket;
            ticket = openTicket(mail, now);
            created = true;
        }
        MDC.put(InboundLogContext.TICKET, ticket.getNumber());

        Article article = articleFactory.saveInbound(ticket, parsed, mail.raw(), mail.mailbox(), now);
        messageIndex.save(new MessageIndexEntry(parsed.messageId(), ticket.getId(), article.getId(), "inbound", now));
        ticket.touch(now);

        String sender = parsed.from() == null ? null : parsed.from().formatted();
        if (created) {
            history.record(ticket, "ticket-created", sender, "mailbox=" + mail.mailbox()
                    + "; customer=" + (ticket.getCustomerKey() == null ? "unknown" : ticket.getCustomerKey()));
            if (resolvedBefore != null) {
                replies.linkFollowUp(resolvedBefore, ticket, sender);
            }
            safety.onTicketCreated(ticket, mail);
            if (ticket.getStatus() != TicketStatus.SPAM) {
                TicketRouting.CustomerAcknowledgement acknowledgement = routing.afterStore(ticket, mail, article, true);
                if (acknowledgement != null && safety.mayAcknowledge(mail)) {
                    acknowledgements.send(ticket, mail, article, acknowledgement);
                }
                slaClocks.onTicketCreated(ticket);
                alertTriggers.onTicketStored(ticket);
            }
            log.info("Created ticket {} from <{}> for customer {}", ticket.getNumber(), parsed.messageId(),
                    ticket.getCustomerKey() == null ? "unknown" : ticket.getCustomerKey());
            return new InboundResult(InboundOutcome.CREATED, ticket.getNumber(), null);
        }
        history.record(ticket, "article-added", sender, "threaded by " + mail.thread().via());
        String priorityBefore = ticket.getPriority();
        routing.afterStore(ticket, mail, article, false);
        if (!java.util.Objects.equals(priorityBefore, ticket.getPriority())) {
            // A triage rule changed the priority, so another SLA policy may apply.
            slaClocks.onPolicyInputsChanged(ticket);
        }
        if (mail.commandMail() != null) {
            commands.execute(ticket, mail, article);
        } else {
            replies.onAppended(ticket, article, parsed);
        }
        alertTriggers.onTicketStored(ticket);
        log.info("Appended <{}> to ticket {} (threaded by {})", parsed.messageId(), ticket.getNumber(),
                mail.thread().via());
        return new InboundResult(InboundOutcome.APPENDED, ticket.getNumber(), "threaded by " + mail.thread().via());
    }

    /** Records a copy of an already stored mail, for example one found by a concurrent instance. */
    @Transactional
    public InboundResult recordDuplicate(InboundMail mail) {
        MessageIndexEntry known = messageIndex.findByMessageIdHash(MessageIndexEntry.hash(mail.messageId()))
                .orElseThrow(() -> new IllegalStateException("Message-ID <" + mail.messageId() + "> is not indexed"));
        return duplicate(mail, known, clock.instant());
    }

    private InboundResult duplicate(InboundMail mail, MessageIndexEntry known, Instant now) {
        Ticket ticket = tickets.findById(known.getTicketId()).orElseThrow();
        duplicates.save(new InboundDuplicate(mail.messageId(), ticket.getId(), mail.mailbox(), now));
        if ("outbound".equals(known.getDirection())) {
            log.info("Ignored <{}>: Postdesk sent this message itself (ticket {})", mail.messageId(),
                    ticket.getNumber());
            return new InboundResult(InboundOutcome.IGNORED, ticket.getNumber(), "Postdesk's own message");
        }
        log.info("Duplicate <{}> via mailbox {}: already stored in ticket {}", mail.messageId(), mail.mailbox(),
                ticket.getNumber());
        return new InboundResult(InboundOutcome.DUPLICATE, ticket.getNumber(),
                "Message-ID already stored in ticket " + ticket.getNumber());
    }

    private Ticket openTicket(InboundMail mail, Instant now) {
        ParsedMail parsed = mail.parsed();
        String number = ticketProperties.numberPrefix() + tickets.nextNumber();
        String subject = subjectTag.strip(parsed.subject());
        MailAddress from = parsed.from();
        Ticket ticket = new Ticket(number, subject.isEmpty() ? "(no subject)" : truncate(subject, 990),
                mail.customer() == null ? null : mail.customer().key(),
                from == null ? null : from.address(),
                from == null ? null : from.displayName(),
                mail.language(), mail.mailbox(), now);
        if (mail.customer() != null) {
            ticket.setTeamKey(mail.customer().defaultTeam());
            ticket.setPriority(mail.customer().defaultPriority());
        }
        return tickets.save(ticket);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
