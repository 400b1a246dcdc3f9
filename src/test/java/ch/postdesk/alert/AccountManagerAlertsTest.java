package ch.postdesk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.support.CommunicationTestSupport;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Rate limiting of account manager alerts: a storm of events becomes one immediate mail and one collected mail. */
class AccountManagerAlertsTest extends CommunicationTestSupport {

    private static final String MANAGER = "am@postdesk.test";

    @Autowired
    AccountManagerAlerts alerts;

    @Autowired
    AlertProperties properties;

    @Autowired
    TicketRepository tickets;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    HistoryRecorder history;

    private List<String> alertMailsSince(Instant since) {
        return jdbc.queryForList("""
                select convert(content using utf8mb4) from outbox_message
                where kind = 'account-manager-alert' and recipients = ? and created_at >= ? order by id""",
                String.class, MANAGER, Timestamp.from(since));
    }

    @Test
    void stormBecomesOneMailPerWindow() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            numbers.add(openTicket("acme.test", "Storm ticket " + i).number());
        }
        // Start after any earlier alert's window.
        clock.advance(properties.rateLimitWindow().plusMinutes(1));
        Instant start = clock.instant();

        transaction.executeWithoutResult(status -> {
            for (String number : numbers) {
                Ticket ticket = tickets.findByNumber(number).orElseThrow();
                alerts.raise(AccountManagerAlert.Kind.ESCALATION, "acme", ticket, "test storm " + number);
            }
        });

        List<String> immediate = alertMailsSince(start);
        assertThat(immediate).hasSize(1);
        assertThat(immediate.get(0)).contains(numbers.get(0));

        assertThat(alerts.flushDue()).isZero();
        clock.advance(properties.rateLimitWindow().plus(Duration.ofSeconds(1)));
        assertThat(alerts.flushDue()).isEqualTo(1);
        assertThat(alerts.flushDue()).isZero();

        List<String> mails = alertMailsSince(start);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1)).contains(numbers.get(1)).contains(numbers.get(2));
        assertThat(historyTypes(numbers.get(2))).contains("account-manager-alerted");
    }

    @Test
    void thirdReopeningAlerts() {
        OpenedTicket ticket = openTicket("acme.test", "Keeps coming back");
        for (int i = 0; i < 3; i++) {
            setStatus(ticket.number(), "resolved");
            setStatus(ticket.number(), "open");
        }

        assertThat(historyTypes(ticket.number()).stream().filter(AlertTriggers.REOPENED::equals)).hasSize(3);
        Integer raised = jdbc.queryForObject("""
                select count(*) from account_manager_alert a join ticket t on t.id = a.ticket_id
                where t.number = ? and a.kind = 'REPEATED_REOPENING'""", Integer.class, ticket.number());
        assertThat(raised).isEqualTo(1);
    }

    @Test
    void escalationHistoryEventAlerts() {
        OpenedTicket ticket = openTicket("acme.test", "Please escalate");
        transaction.executeWithoutResult(status -> {
            Ticket loaded = tickets.findByNumber(ticket.number()).orElseThrow();
            history.record(loaded, AlertTriggers.ESCALATION, AGENT, "customer is upset");
        });

        Integer raised = jdbc.queryForObject("""
                select count(*) from account_manager_alert a join ticket t on t.id = a.ticket_id
                where t.number = ? and a.kind = 'ESCALATION'""", Integer.class, ticket.number());
        assertThat(raised).isEqualTo(1);
    }
}
