package ch.postdesk.inbound;

import ch.postdesk.notify.CustomerMailComposer;
import ch.postdesk.notify.OwnAddresses;
import ch.postdesk.outbox.OutboxService;
import ch.postdesk.parsing.MailAddress;
import ch.postdesk.parsing.ParsedMail;
import ch.postdesk.routing.TicketRouting;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The acknowledgement a customer gets for a new ticket, queued in the outbox of the store transaction. */
@Component
class Acknowledgements {

    private static final Logger log = LoggerFactory.getLogger(Acknowledgements.class);

    private final CustomerMailComposer composer;
    private final OwnAddresses ownAddresses;
    private final OutboxService outbox;
    private final HistoryRecorder history;

    Acknowledgements(CustomerMailComposer composer, OwnAddresses ownAddresses, OutboxService outbox,
            HistoryRecorder history) {
        this.composer = composer;
        this.ownAddresses = ownAddresses;
        this.outbox = outbox;
        this.history = history;
    }

    /**
     * Queues the acknowledgement for a new ticket to the sender (Reply-To first), unless the
     * sender has no valid address or is one of Postdesk's own addresses.
     */
    public void send(Ticket ticket, InboundMail mail, Article inbound,
            TicketRouting.CustomerAcknowledgement acknowledgement) {
        ParsedMail parsed = mail.parsed();
        String recipient = parsed.replyTo().stream().filter(MailAddress::valid).map(MailAddress::address).findFirst()
                .orElse(parsed.fromAddress());
        if (recipient == null) {
            history.record(ticket, "acknowledgement-suppressed", null, "sender has no valid address");
            return;
        }
        if (ownAddresses.contains(recipient)) {
            history.record(ticket, "acknowledgement-suppressed", null, recipient + " is one of Postdesk's own addresses");
            log.warn("No acknowledgement for ticket {}: {} is one of Postdesk's own addresses", ticket.getNumber(),
                    recipient);
            return;
        }
        Map<String, Object> model = new HashMap<>(acknowledgement.model());
        model.put("message", Map.of("visibleText", inbound.getVisibleText() == null ? "" : inbound.getVisibleText()));
        var ack = composer.compose(acknowledgement.event(), ticket, recipient, parsed.messageId(), parsed.references(),
                "auto-replied", model);
        if (outbox.enqueue(ticket, ack, false) == null) {
            return;
        }
        history.record(ticket, "acknowledgement-queued", null, "to " + recipient);
    }
}
