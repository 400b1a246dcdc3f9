package ch.postdesk.routing;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.outbox.OutboxService;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketStatus;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends new business to the customer's account managers and informs them about tickets when a
 * rule asks for it. A customer without account manager falls back to the support lead.
 */
@Component
public class AccountManagerHandoff {

    private static final Logger log = LoggerFactory.getLogger(AccountManagerHandoff.class);

    private final DirectoryService directory;
    private final OutboxService outbox;
    private final StaffMailComposer composer;
    private final TeamAssignment assignment;
    private final HistoryRecorder history;

    public AccountManagerHandoff(DirectoryService directory, OutboxService outbox, StaffMailComposer composer,
            TeamAssignment assignment, HistoryRecorder history) {
        this.directory = directory;
        this.outbox = outbox;
        this.composer = composer;
        this.assignment = assignment;
        this.history = history;
    }

    /**
     * Hands an upsell ticket to the account managers and sets status {@code with-account-manager},
     * in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handOff(Ticket ticket, Article request) {
        List<String> managers = sendHandoff(ticket, request);
        ticket.setStatus(TicketStatus.WITH_ACCOUNT_MANAGER);
        history.record(ticket, "handed-to-account-manager", "triage", "new business sent to " + managers
                + "; status with-account-manager until an agent closes the ticket");
        log.info("Handed ticket {} to account manager(s) {}", ticket.getNumber(), managers);
    }

    /**
     * Sends the hand-off mail to the account managers without changing the status, in the caller's
     * transaction, and returns who got it.
     *
     * @param request the customer mail to pass on, or null to use the ticket's first customer mail
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> sendHandoff(Ticket ticket, Article request) {
        Article source = request != null ? request : assignment.firstCustomerArticle(ticket).orElse(null);
        List<String> managers = recipients(ticket);
        for (String manager : managers) {
            outbox.enqueue(ticket, composer.accountManagerHandoff(ticket, manager, source,
                    source == null ? List.of() : assignment.attachmentsOf(source)), true);
        }
        return managers;
    }

    /** Informs the account managers about the ticket, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void inform(Ticket ticket, Article request) {
        List<String> managers = recipients(ticket);
        for (String manager : managers) {
            outbox.enqueue(ticket, composer.accountManagerNotice(ticket, manager, request), true);
        }
        history.record(ticket, "account-manager-informed", "triage", "sent notice to " + managers);
    }

    private List<String> recipients(Ticket ticket) {
        Directory current = directory.current();
        List<String> managers = current.accountManagersOf(current.customer(ticket.getCustomerKey()).orElse(null));
        if (!managers.isEmpty()) {
            return managers;
        }
        var lead = current.supportLead().map(l -> l.address()).filter(address -> address != null);
        if (lead.isPresent()) {
            log.warn("Ticket {} has no account manager (customer {}); the support lead {} gets the mail instead",
                    ticket.getNumber(), ticket.getCustomerKey(), lead.get());
            return List.of(lead.get());
        }
        log.warn("Ticket {} has no account manager and the directory has no support lead; nobody is informed",
                ticket.getNumber());
        return List.of();
    }
}
