package ch.postdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.postdesk.support.CommunicationTestSupport;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SLA clocks of tickets opened by mail: start, pause and resume, fulfilment, warnings and breaches sent once. */
class SlaEndToEndTest extends CommunicationTestSupport {

    @Autowired
    SlaMonitor monitor;

    private Map<String, Object> slaClock(String number, String kind) {
        return jdbc.queryForMap("""
                select c.* from sla_clock c join ticket t on t.id = c.ticket_id
                where t.number = ? and c.kind = ?""", number, kind);
    }

    private Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : ((java.time.LocalDateTime) value)
                .toInstant(java.time.ZoneOffset.UTC);
    }

    private int outboxCount(String number, String kind, String recipient) {
        Integer count = jdbc.queryForObject("""
                select count(*) from outbox_message o join ticket t on t.id = o.ticket_id
                where t.number = ? and o.kind = ? and o.recipients like ?""", Integer.class, number, kind,
                "%" + recipient + "%");
        return count == null ? 0 : count;
    }

    private long historyCount(String number, String type) {
        return historyTypes(number).stream().filter(type::equals).count();
    }

    @Test
    void clocksStartAtCreationAndShowInApi() {
        OpenedTicket ticket = openTicket("acme.test", "Question about invoices");

        assertThat(slaClock(ticket.number(), "FIRST_RESPONSE")).containsEntry("state", "RUNNING")
                .containsEntry("policy", "business");
        assertThat(slaClock(ticket.number(), "RESOLUTION")).containsEntry("state", "RUNNING");
        assertThat(historyTypes(ticket.number())).contains("sla-started");

        HttpResponse<String> response = get("/api/tickets/" + ticket.number(), API_TOKEN);
        assertThat(response.body()).contains("\"sla\":{\"policy\":\"business\"")
                .contains("\"kind\":\"first-response\",\"state\":\"running\"")
                .contains("\"dueAt\":\"");
    }

    @Test
    void agentReplyMeetsFirstResponse() {
        OpenedTicket ticket = openTicket("acme.test", "Need a new account");

        HttpResponse<String> reply = postJson("/api/tickets/" + ticket.number() + "/replies",
                "{\"author\":\"" + AGENT + "\",\"text\":\"We are on it.\"}");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);

        assertThat(slaClock(ticket.number(), "FIRST_RESPONSE")).containsEntry("state", "MET");
        assertThat(slaClock(ticket.number(), "NEXT_UPDATE")).containsEntry("state", "RUNNING");
        assertThat(historyTypes(ticket.number())).contains("sla-met");
    }

    @Test
    void waitingForCustomerPausesAndAnswerResumes() {
        OpenedTicket ticket = openTicket("acme.test", "Report export question");
        setStatus(ticket.number(), "waiting-customer");

        assertThat(slaClock(ticket.number(), "RESOLUTION")).containsEntry("state", "PAUSED")
                .containsEntry("running_since", null);
        assertThat(historyTypes(ticket.number())).contains("sla-paused");

        clock.advance(Duration.ofHours(30));
        reply(ticket.customer(), awaitMail(ticket.customer(), ticket.number()), "Here is the file you asked for.");

        await().atMost(Duration.ofSeconds(20)).until(() -> "RUNNING".equals(
                slaClock(ticket.number(), "RESOLUTION").get("state")));
        assertThat(historyTypes(ticket.number())).contains("sla-resumed");
        // Resolving meets the resolution clock.
        setStatus(ticket.number(), "resolved");
        assertThat(slaClock(ticket.number(), "RESOLUTION")).containsEntry("state", "MET");
    }

    @Test
    void warningAndBreachAreSentOnce() {
        OpenedTicket ticket = openTicket("acme.test", "Cannot change my password");
        Map<String, Object> firstResponse = slaClock(ticket.number(), "FIRST_RESPONSE");

        clock.advanceTo(instant(firstResponse, "warn_at").plusSeconds(1));
        assertThat(monitor.check(ticket.number())).isEqualTo(1);
        assertThat(monitor.check(ticket.number())).isZero();
        assertThat(historyCount(ticket.number(), "sla-warning")).isEqualTo(1);
        assertThat(historyTypes(ticket.number())).containsAnyOf("sla-alert-queued", "sla-alert-suppressed");

        clock.advanceTo(instant(firstResponse, "due_at").plusSeconds(1));
        assertThat(monitor.check(ticket.number())).isEqualTo(1);
        assertThat(monitor.check(ticket.number())).isZero();
        monitor.checkDue();

        assertThat(historyCount(ticket.number(), "sla-breached")).isEqualTo(1);
        assertThat(outboxCount(ticket.number(), "sla-alert", "lead@postdesk.test")).isEqualTo(1);
        Integer alerts = jdbc.queryForObject("""
                select count(*) from account_manager_alert a join ticket t on t.id = a.ticket_id
                where t.number = ? and a.kind = 'SLA_BREACH' and a.recipient = 'am@postdesk.test'""",
                Integer.class, ticket.number());
        assertThat(alerts).isEqualTo(1);
        assertThat(get("/api/tickets/" + ticket.number(), API_TOKEN).body()).contains("\"state\":\"breached\"");
    }

    @Test
    void incidentWarningAlsoPagesOnCallUnder24x7Policy() {
        // Beispiel is premium-24x7; "Ausfall" makes the ticket an incident with priority P1 or P2.
        OpenedTicket ticket = openTicket("beispiel.test", "Ausfall der Datenbank");
        Map<String, Object> firstResponse = slaClock(ticket.number(), "FIRST_RESPONSE");
        assertThat(firstResponse).containsEntry("policy", "premium-urgent");

        clock.advanceTo(instant(firstResponse, "warn_at").plusSeconds(1));
        assertThat(monitor.check(ticket.number())).isEqualTo(1);

        String recipients = jdbc.queryForObject("""
                select o.recipients from outbox_message o join ticket t on t.id = o.ticket_id
                where t.number = ? and o.kind = 'sla-alert'""", String.class, ticket.number());
        assertThat(recipients).contains("team-data@postdesk.test").contains("oncall-data@postdesk.test");
    }
}
