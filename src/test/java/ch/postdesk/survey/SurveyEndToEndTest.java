package ch.postdesk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.postdesk.support.CommunicationTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ticket surveys by link and by reply, the low-rating alert, and customer survey schedules. */
class SurveyEndToEndTest extends CommunicationTestSupport {

    private Map<String, Object> survey(String number) {
        return jdbc.queryForMap("""
                select s.* from survey s join ticket t on t.id = s.ticket_id
                where t.number = ? order by s.id desc limit 1""", number);
    }

    private int lowRatingAlerts(String number) {
        Integer count = jdbc.queryForObject("""
                select count(*) from outbox_message o join ticket t on t.id = o.ticket_id
                where t.number = ? and o.kind = 'staff-low-rating' and o.recipients like '%lead@postdesk.test%'""",
                Integer.class, number);
        return count == null ? 0 : count;
    }

    /** Account managers hear of low ratings through their rate-limited alerts. */
    private int accountManagerAlerts(String number) {
        Integer count = jdbc.queryForObject("""
                select count(*) from account_manager_alert a join ticket t on t.id = a.ticket_id
                where t.number = ? and a.kind = 'LOW_RATING' and a.recipient = 'am@postdesk.test'""",
                Integer.class, number);
        return count == null ? 0 : count;
    }

    @Test
    void rateByLinkWithComment() {
        OpenedTicket ticket = openTicket("acme.test", "Scanner offline");
        setStatus(ticket.number(), "resolved");
        MimeMessage surveyMail = awaitMail(ticket.customer(), "How did we do?");
        assertThat(header(surveyMail, "Auto-Submitted")).isEqualTo("auto-generated");
        String path = linkPath(text(surveyMail), "/p/surveys/", "/4");
        String tokenPath = path.substring(0, path.length() - 2);

        HttpResponse<String> confirm = get(path, null);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("name=\"rating\" value=\"4\"").contains(".submit()");

        HttpResponse<String> recorded = postForm(tokenPath, "rating=4");
        assertThat(recorded.statusCode()).isEqualTo(200);
        assertThat(recorded.body()).contains("textarea");
        assertThat(postForm(tokenPath + "/comment", "comment=Quick+and+friendly").statusCode()).isEqualTo(200);

        assertThat(survey(ticket.number())).containsEntry("rating", 4).containsEntry("answered_via", "LINK")
                .containsEntry("comment", "Quick and friendly");
        assertThat(postForm(tokenPath, "rating=1").statusCode()).isEqualTo(409);
        assertThat(survey(ticket.number())).containsEntry("rating", 4);
        assertThat(lowRatingAlerts(ticket.number())).isZero();
        assertThat(accountManagerAlerts(ticket.number())).isZero();
    }

    @Test
    void lowRatingByReplyAlerts() {
        OpenedTicket ticket = openTicket("acme.test", "Slow laptop");
        setStatus(ticket.number(), "resolved");
        MimeMessage surveyMail = awaitMail(ticket.customer(), "How did we do?");

        reply(ticket.customer(), surveyMail, "2\nIt took a week.\n\n> How satisfied are you");

        await().atMost(Duration.ofSeconds(20)).until(() -> survey(ticket.number()).get("rating") != null);
        assertThat(survey(ticket.number())).containsEntry("rating", 2).containsEntry("answered_via", "REPLY")
                .containsEntry("comment", "It took a week.");
        assertThat(ticketStatus(ticket.number())).isEqualTo("RESOLVED");
        assertThat(lowRatingAlerts(ticket.number())).isEqualTo(1);
        assertThat(accountManagerAlerts(ticket.number())).isEqualTo(1);
        assertThat(historyTypes(ticket.number())).contains("survey-rated", "staff-low-rating-queued");
    }

    @Test
    void customerSurveySchedule() {
        HttpResponse<String> scheduled = putJson("/api/customers/beispiel/survey-schedule",
                "{\"intervalDays\":182,\"firstRunAt\":\"2099-01-01T08:00:00Z\"}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        assertThat(scheduled.body()).contains("\"intervalDays\":182").contains("2099-01-01T08:00:00Z");

        assertThat(get("/api/customers/beispiel/survey-schedule", API_TOKEN).body()).contains("\"intervalDays\":182");
        assertThat(get("/api/customers/beispiel/surveys", API_TOKEN).statusCode()).isEqualTo(200);
        assertThat(putJson("/api/customers/nobody/survey-schedule", "{\"intervalDays\":30}").statusCode())
                .isEqualTo(400);
        assertThat(delete("/api/customers/beispiel/survey-schedule").statusCode()).isEqualTo(204);
    }
}
