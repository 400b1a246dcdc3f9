package ch.postdesk.communication;

import ch.postdesk.notify.CustomerMailComposer;
import ch.postdesk.notify.MailEvent;
import ch.postdesk.notify.OwnAddresses;
import ch.postdesk.outbox.OutboxService;
import ch.postdesk.outbox.OutgoingMail;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues templated mail to a ticket's contact and to staff in the caller's transaction, and
 * records each in the ticket history. Mail to one of Postdesk's own addresses is suppressed.
 */
@Component
public class CustomerNotifier {

    /** {@code Auto-Submitted} value of mail that Postdesk sends on its own, not in answer to a message. */
    public static final String AUTO_GENERATED = "auto-generated";

    /** {@code Auto-Submitted} value of an automatic answer to a customer's message. */
    public static final String AUTO_REPLIED = "auto-replied";

    private static final Logger log = LoggerFactory.getLogger(CustomerNotifier.class);

    private final CustomerMailComposer composer;
    private final OutboxService outbox;
    private final OwnAddresses ownAddresses;
    private final HistoryRecorder history;

    public CustomerNotifier(CustomerMailComposer composer, OutboxService outbox, OwnAddresses ownAddresses,
            HistoryRecorder history) {
        this.composer = composer;
        this.outbox = outbox;
        this.ownAddresses = ownAddresses;
        this.history = history;
    }

    /**
     * Queues {@code event} to the ticket's contact, threaded under the conversation.
     *
     * @param autoSubmitted {@link #AUTO_GENERATED}, {@link #AUTO_REPLIED}, or null for mail a person initiated
     * @return the outbound article, or empty when the ticket has no usable contact address
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Article> toCustomer(Ticket ticket, MailEvent event, String autoSubmitted,
            Map<String, Object> model) {
        String recipient = ticket.getContactAddress();
        if (recipient == null || recipient.isBlank()) {
            history.record(ticket, event.templateName() + "-suppressed", null, "ticket has no contact address");
            return Optional.empty();
        }
        if (ownAddresses.contains(recipient)) {
            history.record(ticket, event.templateName() + "-suppressed", null,
                    recipient + " is one of Postdesk's own addresses");
            log.warn("No {} mail for ticket {}: {} is one of Postdesk's own addresses", event.templateName(),
                    ticket.getNumber(), recipient);
            return Optional.empty();
        }
        OutgoingMail mail = composer.composeForTicket(event, ticket, recipient, autoSubmitted, model);
        Article article = outbox.enqueue(ticket, mail, false);
        if (article == null) {
            // The automatic mail guard withheld it and recorded why in the ticket history.
            return Optional.empty();
        }
        history.record(ticket, event.templateName() + "-queued", null, "to " + recipient);
        log.info("Queued {} mail for ticket {} as <{}>", event.templateName(), ticket.getNumber(),
                article.getMessageId());
        return Optional.of(article);
    }

    /** Queues a staff notification about the ticket to {@code recipients}; duplicates and blanks are dropped. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toStaff(Ticket ticket, MailEvent event, List<String> recipients, Map<String, Object> model) {
        List<String> to = recipients.stream().filter(r -> r != null && !r.isBlank())
                .map(r -> r.trim().toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        if (to.isEmpty()) {
            history.record(ticket, event.templateName() + "-suppressed", null, "no staff recipient configured");
            log.warn("No {} mail for ticket {}: no staff recipient configured", event.templateName(),
                    ticket.getNumber());
            return;
        }
        OutgoingMail mail = composer.composeStaff(event, ticket, to, model);
        outbox.enqueue(ticket, mail, true);
        history.record(ticket, event.templateName() + "-queued", null, "to " + String.join(", ", to));
    }
}
