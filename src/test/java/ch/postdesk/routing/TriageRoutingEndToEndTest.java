package ch.postdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.postdesk.security.ReplyToken;
import ch.postdesk.support.PostdeskIntegrationTest;
import ch.postdesk.support.TestMails;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Triage and routing over real SMTP, IMAP and MariaDB with the demo directory and rules: refined
 * tasks to team queues, team replies as internal notes, hand-offs to account managers, on-call
 * pages by time window and their escalation.
 */
class TriageRoutingEndToEndTest extends PostdeskIntegrationTest {

    /** Monday 10:00 in London and 11:00 in Zurich: inside Acme's and the platform team's business hours. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T10:00:00Z");

    @Autowired
    private PageEscalation escalation;

    @Autowired
    private ReplyToken replyToken;

    @Autowired
    private RoutingProperties routing;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void teamReceivesTaskAndReplyBecomesInternalNote() throws Exception {
        clock.setInstant(MONDAY_MORNING);
        String customer = uniqueAddress("jane", "acme.test");
        deliver(withAttachment("Jane Doe <" + customer + ">", "support@postdesk.test", "Printer jams on floor 3",
                uniqueMessageId("acme.test"), "The printer jams on every second page. Photo attached.",
                "jam.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}), "support@postdesk.test");

        awaitInbox(customer, 1);
        String number = ticketNumber(customer);
        MimeMessage task = awaitMessage("team-platform@postdesk.test", number);

        String replyTo = task.getReplyTo()[0].toString();
        assertThat(replyTo).matches("support\\+" + number.toLowerCase() + "\\.[a-z2-7]{16}@postdesk\\.test");
        assertThat(task.getSubject()).isEqualTo("[" + number + "] Task: Printer jams on floor 3");
        assertThat(task.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        String text = textOf(task);
        assertThat(text).contains("Customer:     Acme (tier business)")
                .contains("Contact:      Jane Doe <" + customer + ">")
                .contains("Priority:     P3")
                .contains("The printer jams on every second page.")
                .contains("Reply to this mail to add an internal note");
        assertThat(attachmentNames(task)).containsExactly("jam.png");
        assertThat(text).contains("--- Attachments (1, attached to this mail) ---\n- jam.png (image/png, 7 B)\n")
                .doesNotContain("not attached");

        deliver(TestMails.plain("Demo Agent <agent@postdesk.test>", replyTo, "Re: " + task.getSubject(),
                uniqueMessageId("postdesk.test"), "Fuser unit is worn out, ordering a new one.",
                "In-Reply-To: " + task.getMessageID()), "support@postdesk.test");

        await().atMost(Duration.ofSeconds(30)).until(() -> inboundArticles(number).size() == 2);
        Map<String, Object> note = inboundArticles(number).get(1);
        assertThat(note.get("internal")).isEqualTo(true);
        assertThat(historyTypes(number)).contains("team-note");
        assertThat(outboxRecipients(number)).as("only the acknowledgement went to the customer")
                .filteredOn(recipient -> recipient.equals(customer.toLowerCase()))
                .hasSize(1);
    }

    @Test
    void teamTaskLinksAttachmentOverLimit() throws Exception {
        clock.setInstant(MONDAY_MORNING);
        String customer = uniqueAddress("dump", "acme.test");
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        // Exactly the 10MB default of postdesk.routing.max-attached-size, so it no longer fits after the photo.
        byte[] dump = new byte[10 * 1024 * 1024];
        new Random(10).nextBytes(dump);
        String raw = withAttachments("Jane Doe <" + customer + ">", "support@postdesk.test", "Printer jams on floor 4",
                uniqueMessageId("acme.test"), "The printer jams again. Photo and memory dump attached.",
                new MailFile("jam.png", "image/png", photo), new MailFile("dump.bin", "application/octet-stream", dump));

        HttpResponse<String> posted = postMail("/api/inbound", raw.getBytes(StandardCharsets.US_ASCII), API_TOKEN);

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String number = ticketNumber(customer);
        MimeMessage task = awaitMessage("team-platform@postdesk.test", number);
        assertThat(attachmentNames(task)).containsExactly("jam.png");
        long dumpId = jdbc.queryForObject("""
                select f.id from attachment f join article a on a.id = f.article_id join ticket t on t.id = a.ticket_id
                where t.number = ? and f.filename = 'dump.bin'""", Long.class, number);
        String text = textOf(task);
        assertThat(text).contains("--- Attachments (1, attached to this mail) ---\n- jam.png (image/png, 7 B)\n");
        assertThat(text).contains("--- Attachments not attached (1, attached files are limited to 10.0 MB in total)");
        assertThat(text).contains("- dump.bin (application/octet-stream, 10.0 MB), download: "
                + routing.attachmentLink(number, dumpId) + "\n");
        Long storedTaskBytes = jdbc.queryForObject("""
                select length(o.content) from outbox_message o join ticket t on t.id = o.ticket_id
                where t.number = ? and o.kind = 'team-task'""", Long.class, number);
        assertThat(storedTaskBytes).as("team task in the outbox").isLessThan(100_000L);

        HttpResponse<byte[]> download = getBytes("/api/tickets/" + number + "/attachments/" + dumpId);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(dump);
    }

    @Test
    void triageDecisionsAreInHistory() {
        clock.setInstant(MONDAY_MORNING);
        String customer = uniqueAddress("rob", "acme.test");
        postMail("/api/inbound", TestMails.plain(customer, "support@postdesk.test", "Monthly report export fails",
                uniqueMessageId("acme.test"), "The export of the monthly report stops at 50 %.")
                .getBytes(StandardCharsets.UTF_8), API_TOKEN);

        String number = ticketNumber(customer);
        Map<String, Object> ticket = jdbc.queryForMap("select * from ticket where number = ?", number);
        assertThat(ticket.get("team_key")).isEqualTo("data");
        assertThat(ticket.get("type")).isEqualTo("request");
        assertThat(historyDetails(number)).anyMatch(detail -> detail.startsWith("rule 'data-requests' matched:"
                + " subject contains regex"));
        assertThat(outboxKinds(number)).contains("team-task");
        assertThat(outboxRecipients(number)).contains("team-data@postdesk.test");
    }

    @Test
    void upsellGoesToAccountManager() throws Exception {
        clock.setInstant(MONDAY_MORNING);
        String customer = uniqueAddress("buyer", "acme.test");
        deliver(TestMails.plain("Bea Buyer <" + customer + ">", "sales@postdesk.test", "More seats",
                uniqueMessageId("acme.test"), "We would like 20 more seats from January."), "sales@postdesk.test");

        MimeMessage toCustomer = awaitInbox(customer, 1).get(0);
        String number = ticketNumber(customer);
        MimeMessage handoff = awaitMessage("am@postdesk.test", number);

        assertThat(toCustomer.getSubject()).isEqualTo("[" + number + "] Passed to your account manager: More seats");
        assertThat(textOf(toCustomer)).contains("Demo Account Manager");
        assertThat(handoff.getSubject()).isEqualTo("[" + number + "] New business: More seats");
        assertThat(textOf(handoff)).contains("We would like 20 more seats").contains(customer);
        assertThat(jdbc.queryForObject("select status from ticket where number = ?", String.class, number))
                .isEqualTo("WITH_ACCOUNT_MANAGER");
        assertThat(outboxKinds(number)).doesNotContain("team-task");
    }

    @ParameterizedTest(name = "{0} pages {1}")
    @CsvSource({
            // Saturday, outside Acme's business hours. Zurich window 08:00-14:00 Europe/Zurich.
            "2026-11-28T08:30:00Z, oncall-zurich@postdesk.test",
            // New York window 10:00-16:00 America/New_York (15:00-21:00 UTC in November).
            "2026-11-28T16:00:00Z, oncall-newyork@postdesk.test",
            // Sydney window 08:00-16:00 Australia/Sydney (Sunday 10:00 local), mapped to a member.
            "2026-11-28T23:00:00Z, agent@postdesk.test",
            // Between Zurich and New York: the default address.
            "2026-11-28T13:30:00Z, oncall-platform@postdesk.test",
            // Weekday evening in London.
            "2026-11-30T19:30:00Z, oncall-newyork@postdesk.test"
    })
    void afterHoursIncidentPagesOnCall(String now, String expected) throws Exception {
        clock.setInstant(Instant.parse(now));
        String customer = uniqueAddress("night", "acme.test");

        String number = postIncident(customer);

        assertThat(jdbc.queryForObject("select priority from ticket where number = ?", String.class, number))
                .isEqualTo("P1");
        assertThat(pagedAddresses(number)).containsExactly(expected);
        MimeMessage page = awaitMessage(expected, number);
        assertThat(textOf(page)).contains("P1 incident " + number + " for Acme: Website down")
                .contains("/api/tickets/" + number);
    }

    @Test
    void incidentInBusinessHoursPagesNobody() {
        clock.setInstant(MONDAY_MORNING);
        String customer = uniqueAddress("day", "acme.test");

        String number = postIncident(customer);

        assertThat(jdbc.queryForObject("select priority from ticket where number = ?", String.class, number))
                .isEqualTo("P2");
        assertThat(pagedAddresses(number)).isEmpty();
        assertThat(historyTypes(number)).contains("page-skipped");
    }

    @Test
    void unacknowledgedPageEscalatesToLead() {
        clock.setInstant(Instant.parse("2026-11-28T08:40:00Z"));
        String number = postIncident(uniqueAddress("esc", "acme.test"));

        clock.advance(Duration.ofMinutes(14));
        escalation.escalateOverdue();
        assertThat(outboxKinds(number)).doesNotContain("on-call-escalation");

        clock.advance(Duration.ofMinutes(2));
        escalation.escalateOverdue();

        assertThat(outboxKinds(number)).containsOnlyOnce("on-call-escalation");
        assertThat(outboxRecipients(number)).contains("lead@postdesk.test");
        awaitMessage("lead@postdesk.test", number);
    }

    @Test
    void acknowledgedPageDoesNotEscalate() {
        clock.setInstant(Instant.parse("2026-11-28T08:50:00Z"));
        String number = postIncident(uniqueAddress("ack", "acme.test"));
        String replyAddress = replyToken.replyAddress("support@postdesk.test", number, "oncall-zurich@postdesk.test");

        postMail("/api/inbound", TestMails.plain("agent@postdesk.test", replyAddress, "Re: [" + number + "] P1",
                uniqueMessageId("postdesk.test"), "On it.").getBytes(StandardCharsets.UTF_8), API_TOKEN);
        clock.advance(Duration.ofMinutes(30));
        escalation.escalateOverdue();

        assertThat(historyTypes(number)).contains("page-acknowledged");
        assertThat(outboxKinds(number)).doesNotContain("on-call-escalation");
    }

    @Test
    void reassignmentInformsOldTeam() {
        clock.setInstant(MONDAY_MORNING);
        String customer = uniqueAddress("move", "acme.test");
        postMail("/api/inbound", TestMails.plain(customer, "support@postdesk.test", "Login page slow",
                uniqueMessageId("acme.test"), "Login takes a minute.").getBytes(StandardCharsets.UTF_8), API_TOKEN);
        String number = ticketNumber(customer);

        HttpResponse<String> response = put("/api/tickets/" + number + "/team",
                "{\"team\": \"data\", \"actor\": \"agent@postdesk.test\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(outboxKinds(number)).containsExactlyInAnyOrder("acknowledgement", "team-task", "team-reassigned",
                "team-task");
        assertThat(outboxRecipients(number)).contains("team-platform@postdesk.test", "team-data@postdesk.test");
        assertThat(jdbc.queryForObject("select team_key from ticket where number = ?", String.class, number))
                .isEqualTo("data");
    }

    @Test
    void explainHasNoSideEffects() {
        clock.setInstant(Instant.parse("2026-11-28T08:30:00Z"));
        String customer = uniqueAddress("explain", "acme.test");
        Integer outboxBefore = jdbc.queryForObject("select count(*) from outbox_message", Integer.class);

        HttpResponse<String> response = postMail("/api/triage/explain", TestMails.plain(customer,
                "support@postdesk.test", "Website down", uniqueMessageId("acme.test"), "Nothing loads.")
                .getBytes(StandardCharsets.UTF_8), API_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"rule\":\"after-hours-incident\",\"outcome\":\"matched\"")
                .contains("\"priority\":\"P1\"")
                .contains("\"team\":\"platform\"")
                .contains("\"pageOnCall\":\"always\"");
        assertThat(ticketCount(customer)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message", Integer.class)).isEqualTo(outboxBefore);
    }

    @Test
    void healthShowsConfigurationFiles() {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.body()).contains("\"configuration\"").contains("\"directory\"")
                .contains("\"triage-rules\"").contains("\"state\":\"active\"");
    }

    private String postIncident(String customer) {
        HttpResponse<String> response = postMail("/api/inbound", TestMails.plain("Night Owl <" + customer + ">",
                "support@postdesk.test", "Website down", uniqueMessageId("acme.test"), "Nothing loads since 5 minutes.")
                .getBytes(StandardCharsets.UTF_8), API_TOKEN);
        assertThat(response.statusCode()).isEqualTo(201);
        return ticketNumber(customer);
    }

    private String ticketNumber(String contact) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ticketCount(contact) == 1);
        return jdbc.queryForObject("select number from ticket where contact_address = ?", String.class,
                contact.toLowerCase());
    }

    private MimeMessage awaitMessage(String address, String ticketNumber) {
        await().atMost(Duration.ofSeconds(30)).until(() -> find(address, ticketNumber) != null);
        return find(address, ticketNumber);
    }

    private MimeMessage find(String address, String ticketNumber) {
        for (MimeMessage message : inbox(address)) {
            try {
                if (message.getSubject() != null && message.getSubject().contains("[" + ticketNumber + "]")) {
                    return message;
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private List<Map<String, Object>> inboundArticles(String number) {
        return jdbc.queryForList("""
                select a.* from article a join ticket t on t.id = a.ticket_id
                where t.number = ? and a.direction = 'INBOUND' order by a.id""", number);
    }



    private List<String> pagedAddresses(String number) {
        return jdbc.queryForList("""
                select p.address from on_call_page p join ticket t on t.id = p.ticket_id
                where t.number = ? order by p.id""", String.class, number);
    }

    private HttpResponse<String> put(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .header("Authorization", "Bearer " + API_TOKEN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Returns the first text/plain part with CRLF line breaks turned into LF, or null when there is none. */
    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static List<String> attachmentNames(Part part) throws Exception {
        List<String> names = new ArrayList<>();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            names.add(part.getFileName());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                names.addAll(attachmentNames(multipart.getBodyPart(i)));
            }
        }
        return names;
    }

    private static String withAttachment(String from, String to, String subject, String messageId, String body,
            String filename, String contentType, byte[] content) {
        return withAttachments(from, to, subject, messageId, body, new MailFile(filename, contentType, content));
    }

    private static String withAttachments(String from, String to, String subject, String messageId, String body,
            MailFile... files) {
        String boundary = "b-" + messageId.hashCode();
        StringBuilder raw = new StringBuilder()
                .append("From: ").append(from).append("\r\n")
                .append("To: ").append(to).append("\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("Message-ID: <").append(messageId).append(">\r\n")
                .append("Date: Mon, 30 Nov 2026 10:00:00 +0000\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n")
                .append("--").append(boundary).append("\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n")
                .append(body).append("\r\n");
        for (MailFile file : files) {
            raw.append("--").append(boundary).append("\r\n")
                    .append("Content-Type: ").append(file.contentType()).append("; name=\"").append(file.filename())
                    .append("\"\r\n")
                    .append("Content-Disposition: attachment; filename=\"").append(file.filename()).append("\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString(file.content())).append("\r\n");
        }
        return raw.append("--").append(boundary).append("--\r\n").toString();
    }

    private record MailFile(String filename, String contentType, byte[] content) {
    }
}
