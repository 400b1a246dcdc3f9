package ch.postdesk.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.postdesk.support.PostdeskIntegrationTest;
import ch.postdesk.support.TestMails;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The main job over real IMAP and SMTP: mail in, ticket stored, acknowledgement out, answers threaded. */
class MainJobEndToEndTest extends PostdeskIntegrationTest {

    @Test
    void newMailCreatesTicketAndAcknowledgement() throws Exception {
        String customer = uniqueAddress("jane", "acme.test");
        String messageId = uniqueMessageId("acme.test");
        deliver(TestMails.plain("Jane Doe <" + customer + ">", "support@postdesk.test", "Printer broken", messageId,
                "The printer on floor 3 does not print."), "support@postdesk.test");

        MimeMessage ack = awaitInbox(customer, 1).get(0);
        Map<String, Object> ticket = ticketOf(customer);
        String number = (String) ticket.get("number");

        assertThat(number).matches("PD-\\d+");
        assertThat(ticket.get("status")).isEqualTo("NEW");
        assertThat(ticket.get("customer_key")).isEqualTo("acme");
        assertThat(ack.getSubject()).isEqualTo("[" + number + "] Re: Printer broken");
        assertThat(ack.getHeader("In-Reply-To", null)).isEqualTo("<" + messageId + ">");
        assertThat(ack.getHeader("References", null)).contains("<" + messageId + ">");
        assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(ack.getHeader("Content-Language", null)).isEqualTo("en");
        assertThat(ack.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) ack.getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("registered it as ticket " + number);

        String ackId = ack.getMessageID().replaceAll("[<>]", "");
        Integer recorded = jdbc.queryForObject("""
                select count(*) from message_index m join article a on a.id = m.article_id
                where m.message_id = ? and m.direction = 'outbound' and a.automatic = true""", Integer.class, ackId);
        assertThat(recorded).isEqualTo(1);
        Integer firstArticle = jdbc.queryForObject(
                "select count(*) from article where message_id = ? and direction = 'INBOUND'", Integer.class,
                messageId);
        assertThat(firstArticle).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Re: ", "AW: ", "SV: ", "RE: RE: ", "Antw: "})
    void answerWithReplyPrefixJoinsTicket(String prefix) throws Exception {
        String customer = uniqueAddress("max", "acme.test");
        deliver(TestMails.plain(customer, "support@postdesk.test", "VPN drops", uniqueMessageId("acme.test"),
                "The VPN drops every hour."), "support@postdesk.test");
        MimeMessage ack = awaitInbox(customer, 1).get(0);

        // The client keeps the tag in the subject but sends no threading headers.
        deliver(TestMails.plain(customer, "support@postdesk.test", prefix + ack.getSubject(),
                uniqueMessageId("acme.test"), "It happened again at 10:00."), "support@postdesk.test");

        await().atMost(Duration.ofSeconds(20)).until(() -> articleCount(customer) == 2);
        assertThat(ticketCount(customer)).isEqualTo(1);
    }

    @Test
    void answerWithoutTagThreadsByInReplyTo() throws Exception {
        String customer = uniqueAddress("eva", "acme.test");
        deliver(TestMails.plain(customer, "support@postdesk.test", "Invoice question", uniqueMessageId("acme.test"),
                "Why is invoice 4711 higher than usual?"), "support@postdesk.test");
        MimeMessage ack = awaitInbox(customer, 1).get(0);

        deliver(TestMails.plain(customer, "support@postdesk.test", "Re: Invoice question",
                uniqueMessageId("acme.test"), "Any news?", "In-Reply-To: " + ack.getMessageID()),
                "support@postdesk.test");

        await().atMost(Duration.ofSeconds(20)).until(() -> articleCount(customer) == 2);
        assertThat(ticketCount(customer)).isEqualTo(1);
        assertThat(inbox(customer)).hasSize(1);
    }

    @Test
    void germanCustomerGetsGermanAcknowledgement() throws Exception {
        String customer = uniqueAddress("juerg", "beispiel.test");
        deliver(TestMails.plain("Jürg Müller <" + customer + ">", "support@postdesk.test", "Zugang gesperrt",
                uniqueMessageId("beispiel.test"), "Mein Konto ist gesperrt."), "support@postdesk.test");

        MimeMessage ack = awaitInbox(customer, 1).get(0);
        assertThat(ack.getHeader("Content-Language", null)).isEqualTo("de");
        Multipart parts = (Multipart) ack.getContent();
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Vielen Dank für Ihre Nachricht");
        assertThat(ticketOf(customer).get("customer_key")).isEqualTo("beispiel");
    }

    @Test
    void unknownDomainGetsTicketWithoutCustomer() throws Exception {
        String sender = uniqueAddress("someone", "unknown-company.test");
        deliver(TestMails.plain(sender, "support@postdesk.test", "Question", uniqueMessageId("unknown-company.test"),
                "Do you offer hosting?"), "support@postdesk.test");

        MimeMessage ack = awaitInbox(sender, 1).get(0);
        assertThat(ack.getHeader("Content-Language", null)).isEqualTo("en");
        assertThat(ticketOf(sender).get("customer_key")).isNull();
    }

    @Test
    void unknownTagOpensNewTicket() {
        String customer = uniqueAddress("tom", "acme.test");
        deliver(TestMails.plain(customer, "support@postdesk.test", "Re: [PD-99999999] old issue",
                uniqueMessageId("acme.test"), "Following up."), "support@postdesk.test");

        awaitInbox(customer, 1);
        assertThat(ticketCount(customer)).isEqualTo(1);
    }

    @Test
    void processedMailMovesToProcessedFolder() throws Exception {
        String customer = uniqueAddress("lisa", "acme.test");
        String messageId = uniqueMessageId("acme.test");
        deliver(TestMails.plain(customer, "support@postdesk.test", "Moved?", messageId, "Check the folder."),
                "support@postdesk.test");
        awaitInbox(customer, 1);

        await().atMost(Duration.ofSeconds(10)).until(() -> supportInboxIds().stream().noneMatch(messageId::equals));
        List<String> processed = ImapFolders.messageIds(IMAP_PORT, "support@postdesk.test", "Processed");
        assertThat(processed).contains("<" + messageId + ">");
    }

    @Test
    void ticketApiKeepsItsFieldNames() {
        String customer = uniqueAddress("api", "acme.test");
        String messageId = uniqueMessageId("acme.test");
        var created = postMail("/api/inbound", TestMails.plain("Ann Api <" + customer + ">", "support@postdesk.test",
                "Field names", messageId, "Check the JSON.").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                API_TOKEN);
        JsonNode result = JSON.readTree(created.body());
        String number = result.get("ticket").asString();

        assertThat(result.get("outcome").asString()).isEqualTo("created");
        assertThat(result.has("reason")).isTrue();

        var list = get("/api/tickets?customer=acme&status=new", API_TOKEN);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"number\":\"" + number + "\"");

        JsonNode ticket = JSON.readTree(get("/api/tickets/" + number, API_TOKEN).body());
        for (String field : List.of("number", "subject", "status", "customer", "team", "priority", "type",
                "createdAt", "updatedAt", "articles", "history")) {
            assertThat(ticket.has(field)).as("ticket field %s", field).isTrue();
        }
        assertThat(ticket.get("status").asString()).isEqualTo("new");
        assertThat(ticket.get("customer").asString()).isEqualTo("acme");

        JsonNode article = ticket.get("articles").get(0);
        for (String field : List.of("id", "direction", "from", "to", "cc", "subject", "messageId", "text",
                "visibleText", "internal", "automatic", "createdAt", "attachments")) {
            assertThat(article.has(field)).as("article field %s", field).isTrue();
        }
        assertThat(article.get("direction").asString()).isEqualTo("inbound");
        assertThat(article.get("messageId").asString()).isEqualTo(messageId);
        assertThat(article.get("text").asString()).contains("Check the JSON.");

        assertThat(get("/api/tickets/PD-1", API_TOKEN).statusCode()).isEqualTo(404);
        assertThat(get("/api/tickets?status=bogus", API_TOKEN).statusCode()).isEqualTo(400);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private List<String> supportInboxIds() throws Exception {
        return ImapFolders.messageIds(IMAP_PORT, "support@postdesk.test", "INBOX").stream()
                .map(id -> id.replaceAll("[<>]", "")).toList();
    }

    private Map<String, Object> ticketOf(String contact) {
        return jdbc.queryForMap("select * from ticket where contact_address = ?", contact.toLowerCase());
    }

    private int articleCount(String contact) {
        Integer count = jdbc.queryForObject("""
                select count(*) from article a join ticket t on t.id = a.ticket_id
                where t.contact_address = ? and a.direction = 'INBOUND'""", Integer.class, contact.toLowerCase());
        return count == null ? 0 : count;
    }
}
