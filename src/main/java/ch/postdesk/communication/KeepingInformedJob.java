package ch.postdesk.communication;

import ch.postdesk.communication.FollowUpPlanner.Action;
import ch.postdesk.notify.MailEvent;
import ch.postdesk.survey.SurveyService;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import ch.postdesk.ticket.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled job of keeping customers informed (routes/communication.yaml calls {@link #run()}):
 * still-in-progress updates while a ticket waits for a team, reminders and then automatic resolution
 * while it waits for the customer, and due customer-level surveys. Each ticket is checked in its
 * own transaction under a row lock, so that concurrent instances send each mail once.
 */
@Component("keepingInformed")
public class KeepingInformedJob {

    private static final Logger log = LoggerFactory.getLogger(KeepingInformedJob.class);

    private final TicketRepository tickets;
    private final CommunicationStateRepository states;
    private final StatusChangeService statusChanges;
    private final CustomerNotifier notifier;
    private final SurveyService surveys;
    private final TicketCustomers customers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public KeepingInformedJob(TicketRepository tickets, CommunicationStateRepository states,
            StatusChangeService statusChanges, CustomerNotifier notifier,
            SurveyService surveys, TicketCustomers customers, TransactionTemplate transaction, Clock clock) {
        this.tickets = tickets;
        this.states = states;
        this.statusChanges = statusChanges;
        this.notifier = notifier;
        this.surveys = surveys;
        this.customers = customers;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Checks every waiting ticket and sends due customer surveys; returns the number of actions taken. */
    public int run() {
        int actions = 0;
        for (Long ticketId : states.ticketIdsInStatus(List.of(TicketStatus.WAITING_TEAM,
                TicketStatus.WAITING_CUSTOMER))) {
            try {
                if (check(ticketId) != Action.NONE) {
                    actions++;
                }
            } catch (RuntimeException e) {
                log.error("Follow-up check of ticket id {} failed; it is retried at the next run", ticketId, e);
            }
        }
        actions += surveys.sendDueCustomerSurveys();
        return actions;
    }

    /** Checks one ticket by number and takes the action due now; for tests and operators. */
    public Action check(String ticketNumber) {
        Ticket ticket = tickets.findByNumber(ticketNumber).orElseThrow(() -> new IllegalArgumentException(
                "ticket " + ticketNumber + " not found"));
        return check(ticket.getId());
    }

    private Action check(Long ticketId) {
        return transaction.execute(status -> {
            Ticket ticket = tickets.findByIdForUpdate(ticketId).orElseThrow();
            Instant now = clock.instant();
            CommunicationState state = states.findById(ticketId).orElseGet(() -> states.save(
                    new CommunicationState(ticketId, ticket.getStatus(),
                            ticket.getUpdatedAt().isBefore(now) ? ticket.getUpdatedAt() : now)));
            state.sync(ticket.getStatus(), now);
            ZoneId zone = customers.zone(ticket);
            CommunicationProperties.Tier tier = customers.tier(ticket);
            FollowUpPlanner.State planned = new FollowUpPlanner.State(state.getStatus(), state.getStatusSince(),
                    state.getLastProgressUpdateAt(), state.getRemindersSent(), states.lastPersonalMail(ticketId));
            Set<LocalDate> holidays = customers.holidays(ticket);
            Action action = FollowUpPlanner.due(planned, tier, zone, holidays, now);
            switch (action) {
                case STILL_IN_PROGRESS -> {
                    Map<String, Object> model = new HashMap<>();
                    model.put("teamRole", statusChanges.teamRole(ticket));
                    model.put("nextUpdate", customers.date(ticket, FollowUpPlanner.nextProgressUpdate(now, tier, zone, holidays)));
                    notifier.toCustomer(ticket, MailEvent.STILL_IN_PROGRESS, CustomerNotifier.AUTO_GENERATED, model);
                    state.progressUpdateSent(now);
                }
                case FIRST_REMINDER, SECOND_REMINDER -> {
                    state.reminderSent();
                    Map<String, Object> reminder = Map.of("number", state.getRemindersSent(), "autoResolveAt",
                            customers.date(ticket, FollowUpPlanner.autoResolveAt(state.getStatusSince(), tier, zone,
                                    holidays)));
                    notifier.toCustomer(ticket, MailEvent.REMINDER_WAITING_CUSTOMER, CustomerNotifier.AUTO_GENERATED,
                            Map.of("reminder", reminder));
                }
                case AUTO_RESOLVE -> {
                    statusChanges.apply(ticket, TicketStatus.RESOLVED, "postdesk",
                            "resolved automatically: no answer from the customer");
                    notifier.toCustomer(ticket, MailEvent.AUTOMATIC_CLOSURE, CustomerNotifier.AUTO_GENERATED,
                            Map.of("reopenUntil", customers.date(ticket, statusChanges.reopenUntil(ticket))));
                }
                case NONE -> {
                }
            }
            if (action != Action.NONE) {
                log.info("Ticket {}: {} (status {} since {})", ticket.getNumber(), action, state.getStatus().apiName(),
                        state.getStatusSince());
            }
            return action;
        });
    }
}
