package ch.postdesk.communication;

import ch.postdesk.alert.AlertTriggers;
import ch.postdesk.directory.DirectoryFile.AccountManager;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.notify.MailEvent;
import ch.postdesk.sla.SlaClockService;
import ch.postdesk.survey.SurveyService;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import ch.postdesk.ticket.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a ticket's status, restarts its follow-up timers and records the change in the history.
 * It then sends the customer the matching template: waiting for customer, waiting for team (with
 * the team's role and the next update), resolved (followed by the survey), closed, reopened, and
 * handed to the account manager. Other changes send no mail.
 */
@Service
public class StatusChangeService {

    private static final Logger log = LoggerFactory.getLogger(StatusChangeService.class);

    private final CommunicationStateRepository states;
    private final TicketRepository tickets;
    private final CustomerNotifier notifier;
    private final SurveyService surveys;
    private final TicketCustomers customers;
    private final DirectoryService directory;
    private final HistoryRecorder history;
    private final CommunicationProperties properties;
    private final Clock clock;
    private final SlaClockService slaClocks;
    private final AlertTriggers alertTriggers;

    public StatusChangeService(CommunicationStateRepository states, TicketRepository tickets, CustomerNotifier notifier, SurveyService surveys,
            TicketCustomers customers, DirectoryService directory, HistoryRecorder history,
            CommunicationProperties properties, Clock clock, SlaClockService slaClocks, AlertTriggers alertTriggers) {
        this.states = states;
        this.tickets = tickets;
        this.notifier = notifier;
        this.surveys = surveys;
        this.customers = customers;
        this.directory = directory;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
        this.slaClocks = slaClocks;
        this.alertTriggers = alertTriggers;
    }

    /**
     * Changes the status of the ticket {@code ticketNumber} in a transaction of its own; see
     * {@link #change(Ticket, TicketStatus, String, String, boolean)}.
     *
     * @throws IllegalArgumentException when the ticket does not exist
     */
    @Transactional
    public boolean change(String ticketNumber, TicketStatus newStatus, String actor, String note,
            boolean notifyCustomer) {
        Ticket ticket = tickets.findByNumber(ticketNumber.toUpperCase(java.util.Locale.ROOT))
                .flatMap(found -> tickets.findByIdForUpdate(found.getId()))
                .orElseThrow(() -> new IllegalArgumentException("ticket " + ticketNumber + " not found"));
        return change(ticket, newStatus, actor, note, notifyCustomer);
    }

    /**
     * Changes the status of a ticket loaded (and locked) in the caller's transaction.
     *
     * @param actor address or name of who changed it, for the history
     * @param note text for the customer in the status mail, or null
     * @param notifyCustomer false to change the status without mail to the customer
     * @return false when the ticket already has {@code newStatus}; setting waiting-customer again
     *     still restarts the reminders and sends the waiting-customer mail again
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean change(Ticket ticket, TicketStatus newStatus, String actor, String note, boolean notifyCustomer) {
        TicketStatus old = ticket.getStatus();
        if (old == newStatus && newStatus != TicketStatus.WAITING_CUSTOMER) {
            return false;
        }
        if (notifyCustomer && !"postdesk".equals(actor) && (newStatus == TicketStatus.WAITING_CUSTOMER
                || newStatus == TicketStatus.RESOLVED || newStatus == TicketStatus.CLOSED)) {
            // A person's status mail answers the customer; it counts before the status ends the clocks.
            slaClocks.onCustomerVisibleAnswer(ticket, actor);
        }
        apply(ticket, newStatus, actor, note);
        if (notifyCustomer) {
            notifyCustomer(ticket, old, newStatus, note == null ? "" : note.strip());
        }
        return true;
    }

    /** Sets the status, restarts the timers and records the history entry, without any mail. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(Ticket ticket, TicketStatus newStatus, String actor, String reason) {
        Instant now = clock.instant();
        TicketStatus old = ticket.getStatus();
        ticket.setStatus(newStatus);
        ticket.touch(now);
        CommunicationState state = states.findById(ticket.getId())
                .orElseGet(() -> new CommunicationState(ticket.getId(), old, now));
        state.restart(newStatus, now);
        states.save(state);
        history.record(ticket, "status-changed", actor, old.apiName() + " -> " + newStatus.apiName()
                + (reason == null || reason.isBlank() ? "" : "; " + reason.strip()));
        slaClocks.onStatusChanged(ticket, old, newStatus);
        alertTriggers.onStatusChanged(ticket, old, newStatus);
        log.info("Ticket {} status {} -> {} by {}", ticket.getNumber(), old.apiName(), newStatus.apiName(), actor);
    }

    /** Returns when the reopen period of a resolved or closed ticket ends. */
    public Instant reopenUntil(Ticket ticket) {
        Instant resolvedAt = states.findById(ticket.getId()).map(CommunicationState::getResolvedAt)
                .orElse(ticket.getUpdatedAt());
        return (resolvedAt == null ? clock.instant() : resolvedAt).plus(properties.reopenWithin());
    }

    private void notifyCustomer(Ticket ticket, TicketStatus old, TicketStatus newStatus, String note) {
        Instant now = clock.instant();
        Map<String, Object> model = new HashMap<>();
        model.put("note", note);
        boolean wasDone = old == TicketStatus.RESOLVED || old == TicketStatus.CLOSED;
        switch (newStatus) {
            case WAITING_CUSTOMER -> notifier.toCustomer(ticket, MailEvent.STATUS_WAITING_CUSTOMER,
                    CustomerNotifier.AUTO_GENERATED, model);
            case WAITING_TEAM -> {
                model.put("teamRole", teamRole(ticket));
                model.put("nextUpdate", customers.date(ticket,
                        FollowUpPlanner.nextProgressUpdate(now, customers.tier(ticket), customers.zone(ticket),
                                customers.holidays(ticket))));
                notifier.toCustomer(ticket, MailEvent.STATUS_WAITING_TEAM, CustomerNotifier.AUTO_GENERATED, model);
            }
            case RESOLVED -> {
                model.put("reopenUntil", customers.date(ticket, reopenUntil(ticket)));
                notifier.toCustomer(ticket, MailEvent.STATUS_RESOLVED, CustomerNotifier.AUTO_GENERATED, model);
                surveys.sendTicketSurvey(ticket);
            }
            case CLOSED -> notifier.toCustomer(ticket, MailEvent.STATUS_CLOSED, CustomerNotifier.AUTO_GENERATED, model);
            case WITH_ACCOUNT_MANAGER -> {
                model.put("accountManager", accountManager(ticket));
                notifier.toCustomer(ticket, MailEvent.HANDED_TO_ACCOUNT_MANAGER, CustomerNotifier.AUTO_GENERATED,
                        model);
            }
            case OPEN, NEW -> {
                if (wasDone) {
                    notifier.toCustomer(ticket, MailEvent.STATUS_REOPENED, CustomerNotifier.AUTO_GENERATED, model);
                }
            }
            default -> {
                // Spam and other internal states are not announced.
            }
        }
    }

    /** Returns the team's role in neutral words for the customer, or empty so that the template uses its generic wording. */
    String teamRole(Ticket ticket) {
        return properties.teamRole(ticket.getTeamKey(), ticket.getLanguage()).orElse("");
    }

    private Map<String, Object> accountManager(Ticket ticket) {
        String address = customers.customer(ticket).flatMap(c -> c.accountManagers().stream().findFirst()).orElse("");
        String name = directory.current().accountManagers().stream()
                .filter(m -> m.address() != null && m.address().equalsIgnoreCase(address))
                .map(AccountManager::name)
                .findFirst().orElse(address);
        return Map.of("name", name, "address", address);
    }
}
