package ch.postdesk.alert;

import ch.postdesk.ticket.HistoryRecorded;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketStatus;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns ticket events into account manager alerts: an escalation (history event
 * {@code escalation}, recorded by the mail commands), the configured reopening of a ticket, and
 * a ticket of type {@code incident}. Runs in the transaction that records the event.
 */
@Component
public class AlertTriggers {

    /** History event recorded for each reopening, counted to find the repeated reopening. */
    public static final String REOPENED = "ticket-reopened";

    /** History event type of an escalation. */
    public static final String ESCALATION = "escalation";

    private final AccountManagerAlerts alerts;
    private final HistoryRecorder history;
    private final JdbcTemplate jdbc;
    private final AlertProperties properties;

    public AlertTriggers(AccountManagerAlerts alerts, HistoryRecorder history, JdbcTemplate jdbc,
            AlertProperties properties) {
        this.alerts = alerts;
        this.history = history;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener
    public void onHistoryRecorded(HistoryRecorded event) {
        if (ESCALATION.equals(event.type())) {
            alerts.raise(AccountManagerAlert.Kind.ESCALATION, event.ticket().getCustomerKey(), event.ticket(),
                    "escalated by " + event.actor() + (event.detail() == null || event.detail().isBlank()
                            ? "" : ": " + event.detail()));
        }
    }

    /** Records a reopening and alerts at the configured one (by default the third). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void onStatusChanged(Ticket ticket, TicketStatus old, TicketStatus current) {
        boolean wasDone = old == TicketStatus.RESOLVED || old == TicketStatus.CLOSED;
        boolean isOpen = current != TicketStatus.RESOLVED && current != TicketStatus.CLOSED
                && current != TicketStatus.SPAM;
        if (!wasDone || !isOpen) {
            return;
        }
        Integer before = jdbc.queryForObject("select count(*) from history_event where ticket_id = ? and type = ?",
                Integer.class, ticket.getId(), REOPENED);
        int count = (before == null ? 0 : before) + 1;
        history.record(ticket, REOPENED, null, "reopening number " + count);
        if (count == properties.reopeningsToAlert()) {
            alerts.raise(AccountManagerAlert.Kind.REPEATED_REOPENING, ticket.getCustomerKey(), ticket,
                    "reopened " + count + " times");
        }
    }

    /** Alerts once per ticket when it is an incident; called after triage set the type. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void onTicketStored(Ticket ticket) {
        if ("incident".equals(ticket.getType()) && ticket.getStatus() != TicketStatus.SPAM
                && ticket.getCustomerKey() != null
                && !alerts.wasRaised(ticket, AccountManagerAlert.Kind.INCIDENT)) {
            alerts.raise(AccountManagerAlert.Kind.INCIDENT, ticket.getCustomerKey(), ticket,
                    "incident" + (ticket.getPriority() == null ? "" : " " + ticket.getPriority()) + ": "
                            + ticket.getSubject());
        }
    }
}
