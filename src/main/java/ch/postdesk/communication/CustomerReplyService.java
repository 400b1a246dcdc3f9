package ch.postdesk.communication;

import ch.postdesk.directory.DirectoryFile.Agent;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.notify.MailEvent;
import ch.postdesk.sla.SlaClockService;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import ch.postdesk.ticket.TicketStatus;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends an agent's answer to the ticket's customer with the agent-reply template: only the agent's
 * text, threaded under the customer's latest message, without {@code Auto-Submitted}. A reply
 * counts as a person writing to the customer, which postpones the next still-in-progress update.
 */
@Service
public class CustomerReplyService {

    private final TicketRepository tickets;
    private final CustomerNotifier notifier;
    private final StatusChangeService statusChanges;
    private final DirectoryService directory;
    private final HistoryRecorder history;
    private final SlaClockService slaClocks;

    public CustomerReplyService(TicketRepository tickets, CustomerNotifier notifier,
            StatusChangeService statusChanges, DirectoryService directory, HistoryRecorder history,
            SlaClockService slaClocks) {
        this.tickets = tickets;
        this.notifier = notifier;
        this.statusChanges = statusChanges;
        this.directory = directory;
        this.history = history;
        this.slaClocks = slaClocks;
    }

    /**
     * Sends {@code text} from the agent {@code author} to the customer, then optionally sets a new
     * status without a separate status mail.
     *
     * @param newStatus status after the reply, such as waiting-customer, or null to keep it
     * @throws IllegalArgumentException when the author is not an agent or the text is empty
     */
    @Transactional
    public Article reply(Ticket ticket, String author, String text, TicketStatus newStatus) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is missing");
        }
        Agent agent = directory.current().agentForAddress(author).orElseThrow(() -> new IllegalArgumentException(
                "author " + author + " is not an agent in the directory"));
        Ticket locked = tickets.findByIdForUpdate(ticket.getId()).orElseThrow();
        Article article = notifier.toCustomer(locked, MailEvent.AGENT_REPLY, null,
                Map.of("reply", Map.of("text", text.strip(), "authorName", agent.name() == null ? "" : agent.name())))
                .orElseThrow(() -> new IllegalArgumentException("ticket " + locked.getNumber()
                        + " has no customer contact address to reply to"));
        history.record(locked, "agent-replied", author, "article " + article.getId());
        slaClocks.onCustomerVisibleAnswer(locked, author);
        if (newStatus != null) {
            statusChanges.change(locked, newStatus, author, null, false);
        }
        return article;
    }
}
