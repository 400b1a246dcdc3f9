package ch.postdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.postdesk.support.PostdeskIntegrationTest;
import ch.postdesk.support.TestMails;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mail safety over real IMAP, SMTP and MariaDB: auto-replies, bounces, loops, duplicates and limits. */
class MailSafetyIntegrationTest extends PostdeskIntegrationTest {

    private static final String SUPPORT = "support@postdesk.test";
    private static final String SALES = "sales@postdesk.test";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gmail", "exchange", "zimbra"})
    void outOfOfficeLeavesWaitingTicketUnchanged(String vendor) {
        String customer = uniqueAddress("ooo-" + vendor, "acme.test");
        MimeMessage ack = openTicket(customer, "Printer broken");
        String number = ticketNumber(customer);
        jdbc.update("update ticket set status = 'WAITING_CUSTOMER' where number = ?", number);
        Timestamp updatedBefore = jdbc.queryForObject("select updated_at from ticket where number = ?",
                Timestamp.class, number);

        String ackId = messageId(ack);
        String[] headers = switch (vendor) {
            case "gmail" -> new String[] {"Auto-Submitted: auto-replied", "In-Reply-To: <" + ackId + ">"};
            case "exchange" -> new String[] {"X-Auto-Response-Suppress: All",
                    "X-MS-Exchange-Inbox-Rules-Loop: " + customer, "Thread-Topic: " + subject(ack)};
            default -> new String[] {"Auto-Submitted: auto-replied (zimbra; vacation)",
                    "In-Reply-To: <" + ackId + ">"};
        };
        String subject = vendor.equals("exchange") ? "Automatic reply: " + subject(ack) : "Re: " + subject(ack);
        deliver(TestMails.plain(customer, SUPPORT, subject, uniqueMessageId("acme.test"),
                "I am out of the office until Monday.", headers), SUPPORT);

        await().atMost(Duration.ofSeconds(30)).until(() -> automaticArticles(number) == 1);
        Map<String, Object> ticket = jdbc.queryForMap("select status, updated_at from ticket where number = ?", number);
        assertThat(ticket.get("status")).isEqualTo("WAITING_CUSTOMER");
        assertThat(ticket.get("updated_at")).isEqualTo(updatedBefore);
        assertThat(historyTypes(number)).contains("auto-reply-added");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> inbox(customer).size() == 1);
    }

    @Test
    void unmatchedAutoReplyGoesToIgnoredLog() {
        String sender = uniqueAddress("away", "acme.test");
        String messageId = uniqueMessageId("acme.test");
        deliver(TestMails.plain(sender, SUPPORT, "Out of Office: Newsletter", messageId, "I am away.",
                "Auto-Submitted: auto-replied"), SUPPORT);

        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/ignored-mail", API_TOKEN).body()
                .contains(messageId));
        HttpResponse<String> ignored = get("/api/ignored-mail", API_TOKEN);
        assertThat(ignored.body()).contains("\"mailClass\":\"auto-reply\"").contains("refers to no ticket");
        assertThat(ticketCount(sender)).isZero();
        assertThat(inbox(sender)).isEmpty();
    }

    @Test
    void bounceOfAcknowledgementSuppressesRecipient() {
        String customer = uniqueAddress("bob", "partner.test");
        MimeMessage ack = openTicket(customer, "Login fails");
        String number = ticketNumber(customer);
        String ackId = messageId(ack);
        String envelope = jdbc.queryForObject("select envelope_from from outbox_message where message_id = ?",
                String.class, ackId);
        assertThat(envelope).isEqualTo("bounces+" + ackId.substring(0, ackId.indexOf('@')) + "@postdesk.test");

        deliver(dsn(customer, envelope, ackId), SUPPORT);

        await().atMost(Duration.ofSeconds(30)).until(() -> historyTypes(number).contains("recipient-suppressed"));
        Map<String, Object> note = jdbc.queryForMap("""
                select a.internal, a.automatic, a.visible_text from article a join ticket t on t.id = a.ticket_id
                where t.number = ? and a.direction = 'INBOUND' and a.internal = true""", number);
        assertThat(note.get("automatic")).isEqualTo(true);
        assertThat((String) note.get("visible_text")).isEqualTo("Delivery to " + customer
                + " failed: 5.1.1 smtp; 550 5.1.1 <" + customer + ">: Recipient address rejected: User unknown");
        assertThat(get("/api/suppressions", API_TOKEN).body()).contains(customer);
        assertThat(get("/api/ticket-flags", API_TOKEN).body()).contains(number).contains("delivery-failed");
        assertThat(jdbc.queryForObject("select status from ticket where number = ?", String.class, number))
                .isEqualTo("NEW");

        // A new mail from the suppressed address opens a ticket but gets no acknowledgement.
        String second = uniqueMessageId("partner.test");
        deliver(TestMails.plain(customer, SUPPORT, "Still broken", second, "Please help."), SUPPORT);
        await().atMost(Duration.ofSeconds(30)).until(() -> ticketCount(customer) == 2);
        String secondNumber = jdbc.queryForObject("""
                select t.number from ticket t join article a on a.ticket_id = t.id where a.message_id = ?""",
                String.class, second);
        assertThat(historyTypes(secondNumber)).contains("automatic-mail-withheld");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> inbox(customer).size() == 1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"auto-submitted", "threaded-without-markers", "subject-tag-only"})
    void twoHelpdesksStopAfterOneAcknowledgementEachWay(String responder) {
        String other = uniqueAddress("helpdesk", "other.test");
        MimeMessage ourAck = openTicket(other, "Order 4711");
        String number = ticketNumber(other);

        // The other helpdesk acknowledges everything it receives, including Postdesk's acknowledgement.
        String theirAckId = uniqueMessageId("other.test");
        String[] headers = switch (responder) {
            case "auto-submitted" -> new String[] {"Auto-Submitted: auto-replied", "In-Reply-To: <" + messageId(ourAck) + ">"};
            case "threaded-without-markers" -> new String[] {"In-Reply-To: <" + messageId(ourAck) + ">"};
            default -> new String[0];
        };
        deliver(TestMails.plain("Other Helpdesk <" + other + ">", SUPPORT, "[OTHER#77] Received: " + subject(ourAck),
                theirAckId, "We have received your request and will answer soon.", headers), SUPPORT);

        await().atMost(Duration.ofSeconds(30)).until(() -> inboundArticles(number) == 2);
        assertThat(ticketCount(other)).isEqualTo(1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> inbox(other).size() == 1);
    }

    @Test
    void sameMailViaTwoMailboxesMakesOneTicket() {
        String customer = uniqueAddress("dup", "acme.test");
        String messageId = uniqueMessageId("acme.test");
        String raw = TestMails.plain(customer, SUPPORT, "Invoice wrong", messageId, "Invoice 12 is wrong.",
                "Cc: " + SALES);
        deliver(raw, SUPPORT, SALES);

        awaitInbox(customer, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicateMailboxes(messageId).size() == 1);
        assertThat(ticketCount(customer)).isEqualTo(1);
        assertThat(duplicateMailboxes(messageId).get(0)).isIn("support", "sales");
        String stored = jdbc.queryForObject("select mailbox from article where message_id = ?", String.class, messageId);
        assertThat(duplicateMailboxes(messageId).get(0)).isNotEqualTo(stored);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> inbox(customer).size() == 1);
    }

    @Test
    void oversizedMailBecomesTicketWithNote() {
        String customer = uniqueAddress("huge", "acme.test");
        String messageId = uniqueMessageId("acme.test");
        String head = TestMails.plain(customer, SUPPORT, "Log files", messageId, "See attached.");
        byte[] padding = new byte[41 * 1024 * 1024];
        Arrays.fill(padding, (byte) 'a');
        for (int i = 76; i < padding.length; i += 78) {
            padding[i] = '\r';
            padding[i + 1] = '\n';
        }
        byte[] raw = new byte[head.length() + padding.length];
        System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, raw, 0, head.length());
        System.arraycopy(padding, 0, raw, head.length(), padding.length);

        HttpResponse<String> response = postMail("/api/inbound?mailbox=support", raw, API_TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        MimeMessage notice = awaitInbox(customer, 1).get(0);
        assertThat(subject(notice)).contains("Your message was too large");
        Map<String, Object> article = jdbc.queryForMap("""
                select a.text_body, r.size from article a join raw_message r on r.id = a.raw_message_id
                where a.message_id = ?""", messageId);
        assertThat((String) article.get("text_body")).startsWith("This message (41.0 MB) exceeds the maximum"
                + " message size of 40.0 MB.");
        assertThat(((Number) article.get("size")).longValue()).isEqualTo(raw.length);
        assertThat(historyTypes(ticketNumber(customer))).contains("message-too-large")
                .doesNotContain("acknowledgement-queued");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nesting", "headers"})
    void overLimitMailIsQuarantinedAndNextFlows(String limit) {
        String sender = uniqueAddress("hostile", "acme.test");
        String messageId = uniqueMessageId("acme.test");
        String raw = limit.equals("nesting") ? nested(sender, messageId, 30) : manyHeaders(sender, messageId, 1100);
        deliver(raw, SUPPORT);

        // The limits are checked before parsing; the Message-ID comes from the header block.
        String byMessageId = "select error from quarantined_mail where message_id = ?";
        await().atMost(Duration.ofSeconds(30)).until(() -> !jdbc.queryForList(byMessageId, String.class,
                messageId).isEmpty());
        String error = jdbc.queryForObject(byMessageId, String.class, messageId);
        assertThat(error).contains(limit.equals("nesting") ? "MIME nesting deeper than 20 levels"
                : "header fields exceed the limit of 1000");
        assertThat(ticketCount(sender)).isZero();

        String next = uniqueAddress("next", "acme.test");
        openTicket(next, "After the hostile mail");
        assertThat(ticketCount(next)).isEqualTo(1);
    }

    // ---- helpers ----

    private MimeMessage openTicket(String customer, String subject) {
        deliver(TestMails.plain(customer, SUPPORT, subject, uniqueMessageId("acme.test"), "Please help."), SUPPORT);
        return awaitInbox(customer, 1).get(0);
    }

    private String ticketNumber(String contact) {
        return jdbc.queryForObject("select number from ticket where contact_address = ? order by id limit 1",
                String.class, contact.toLowerCase());
    }

    private int automaticArticles(String number) {
        return count("""
                select count(*) from article a join ticket t on t.id = a.ticket_id
                where t.number = ? and a.direction = 'INBOUND' and a.automatic = true""", number);
    }

    private int inboundArticles(String number) {
        return count("""
                select count(*) from article a join ticket t on t.id = a.ticket_id
                where t.number = ? and a.direction = 'INBOUND'""", number);
    }

    private List<String> duplicateMailboxes(String messageId) {
        return jdbc.queryForList("select mailbox from inbound_duplicate where message_id = ?", String.class, messageId);
    }

    private int count(String sql, Object... args) {
        Integer value = jdbc.queryForObject(sql, Integer.class, args);
        return value == null ? 0 : value;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID().replaceAll("[<>]", "");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds a Postfix-style RFC 3464 report about the acknowledgement {@code ackId}, sent to {@code envelope}. */
    private static String dsn(String recipient, String envelope, String ackId) {
        return String.join("\r\n",
                "Return-Path: <>",
                "From: MAILER-DAEMON@mail.partner.test (Mail Delivery System)",
                "To: " + envelope,
                "Subject: Undelivered Mail Returned to Sender",
                "Date: Fri, 04 Dec 2026 09:00:05 +0100",
                "Message-ID: <" + uniqueMessageId("mail.partner.test") + ">",
                "Auto-Submitted: auto-replied",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"",
                "",
                "--B1",
                "Content-Type: text/plain; charset=us-ascii",
                "",
                "This is the mail system at host mail.partner.test.",
                "",
                "--B1",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; mail.partner.test",
                "",
                "Final-Recipient: rfc822; " + recipient,
                "Action: failed",
                "Status: 5.1.1",
                "Diagnostic-Code: smtp; 550 5.1.1 <" + recipient + ">: Recipient address rejected: User unknown",
                "",
                "--B1",
                "Content-Type: text/rfc822-headers",
                "",
                "From: support@postdesk.test",
                "To: " + recipient,
                "Message-ID: <" + ackId + ">",
                "",
                "--B1--",
                "");
    }

    private static String nested(String sender, String messageId, int depth) {
        StringBuilder body = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            body.append("--b").append(level).append("\r\n")
                    .append("Content-Type: multipart/mixed; boundary=\"b").append(level + 1).append("\"\r\n\r\n");
        }
        body.append("--b").append(depth).append("\r\nContent-Type: text/plain\r\n\r\ndeep\r\n--b").append(depth)
                .append("--\r\n");
        for (int level = depth - 1; level >= 0; level--) {
            body.append("--b").append(level).append("--\r\n");
        }
        return "From: " + sender + "\r\nTo: " + SUPPORT + "\r\nSubject: Nested\r\nMessage-ID: <" + messageId
                + ">\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n" + body;
    }

    private static String manyHeaders(String sender, String messageId, int count) {
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < count - 5; i++) {
            headers.append("X-Filler-").append(i).append(": x\r\n");
        }
        return "From: " + sender + "\r\nTo: " + SUPPORT + "\r\nSubject: Headers\r\nMessage-ID: <" + messageId
                + ">\r\n" + headers + "Content-Type: text/plain\r\n\r\nmany headers\r\n";
    }
}
