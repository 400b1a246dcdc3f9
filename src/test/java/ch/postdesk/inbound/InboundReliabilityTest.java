package ch.postdesk.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.postdesk.support.PostdeskIntegrationTest;
import ch.postdesk.support.TestMails;
import ch.postdesk.threading.MessageIndexEntry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What happens when things go wrong: the same mail twice, the database refusing the store, and
 * the SMTP relay being down.
 */
class InboundReliabilityTest extends PostdeskIntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void sameMessageIdTwiceMakesOneTicket() {
        String customer = uniqueAddress("dup", "acme.test");
        String raw = TestMails.plain(customer, "support@postdesk.test", "Twice", uniqueMessageId("acme.test"),
                "Sent twice by a nervous client.");

        var first = postMail("/api/inbound?mailbox=support", raw.getBytes(StandardCharsets.UTF_8), API_TOKEN);
        var second = postMail("/api/inbound?mailbox=support", raw.getBytes(StandardCharsets.UTF_8), API_TOKEN);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"outcome\":\"created\"");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"outcome\":\"duplicate\"");
        assertThat(ticketCount(customer)).isEqualTo(1);
        awaitInbox(customer, 1);
    }

    @Test
    void sameMailViaTwoMailboxesStoredOnce() {
        String customer = uniqueAddress("both", "acme.test");
        String messageId = uniqueMessageId("acme.test");
        String raw = TestMails.plain(customer, "support@postdesk.test", "To both of you", messageId,
                "I wrote to support and sales at once.", "Cc: sales@postdesk.test");

        deliver(raw, "support@postdesk.test", "sales@postdesk.test");

        await().atMost(Duration.ofSeconds(20)).until(() -> duplicateCount(messageId) == 1);
        assertThat(ticketCount(customer)).isEqualTo(1);
        awaitInbox(customer, 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> inbox(customer).size() == 1);
    }

    @Test
    void lockedStoreLeavesMessageUnseen() throws Exception {
        String customer = uniqueAddress("lock", "acme.test");
        String messageId = uniqueMessageId("acme.test");
        Long anyTicket = anyTicketId();

        // Another transaction holds the unique index entry of this Message-ID without committing, as
        // a second instance would in the middle of storing the same mail. Our store waits for the
        // row lock, times out (innodb_lock_wait_timeout=3 in tests) and must leave the mail alone.
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement insert = blocker.prepareStatement("""
                    insert into message_index (message_id_hash, message_id, ticket_id, direction, created_at)
                    values (?, ?, ?, 'inbound', ?)""")) {
                insert.setString(1, MessageIndexEntry.hash(messageId));
                insert.setString(2, messageId);
                insert.setLong(3, anyTicket);
                insert.setObject(4, java.sql.Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }

            deliver(TestMails.plain(customer, "support@postdesk.test", "Locked out", messageId, "Please help."),
                    "support@postdesk.test");

            await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ofSeconds(4))
                    .until(() -> Boolean.FALSE.equals(
                            ImapFolders.seen(IMAP_PORT, "support@postdesk.test", "INBOX", messageId)));
            assertThat(ticketCount(customer)).isZero();
            assertThat(quarantineCount(messageId)).isZero();

            blocker.rollback();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> ticketCount(customer) == 1);
        awaitInbox(customer, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> ImapFolders.messageIds(IMAP_PORT, "support@postdesk.test",
                "INBOX").stream().noneMatch(id -> id.contains(messageId)));
    }

    @Test
    void acknowledgementWaitsForSmtpAndIsSentOnce() {
        String customer = uniqueAddress("outage", "acme.test");
        SMTP_RELAY.setUp(false);
        try {
            deliver(TestMails.plain(customer, "support@postdesk.test", "During the outage",
                    uniqueMessageId("acme.test"), "Is anybody there?"), "support@postdesk.test");

            await().atMost(Duration.ofSeconds(20)).until(() -> ticketCount(customer) == 1);
            await().atMost(Duration.ofSeconds(20)).until(() -> failedAttempts(customer) >= 1);
            assertThat(inbox(customer)).isEmpty();
        } finally {
            SMTP_RELAY.setUp(true);
        }

        awaitInbox(customer, 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> inbox(customer).size() == 1);
        String status = jdbc.queryForObject("""
                select o.status from outbox_message o join ticket t on t.id = o.ticket_id
                where t.contact_address = ? and o.kind = 'acknowledgement'""", String.class, customer);
        assertThat(status).isEqualTo("SENT");
    }

    @Test
    void inboundEndpointRejectsMissingOrWrongToken() {
        String customer = uniqueAddress("intruder", "acme.test");
        byte[] raw = TestMails.plain(customer, "support@postdesk.test", "No token", uniqueMessageId("acme.test"),
                "Let me in.").getBytes(StandardCharsets.UTF_8);

        assertThat(postMail("/api/inbound", raw, null).statusCode()).isEqualTo(401);
        assertThat(postMail("/api/inbound", raw, "wrong-token").statusCode()).isEqualTo(401);
        assertThat(get("/api/tickets", null).statusCode()).isEqualTo(401);
        assertThat(ticketCount(customer)).isZero();
    }

    @Test
    void garbageIsQuarantinedAndReplayable() {
        byte[] garbage = "this is not a mail header\r\n\r\n\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1);
        var response = postMail("/api/inbound", garbage, API_TOKEN);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"outcome\":\"quarantined\"").contains("not an RFC 5322 message");
        String id = response.body().replaceAll(".*quarantine #(\\d+).*", "$1");

        var raw = get("/api/quarantine/" + id + "/raw", API_TOKEN);
        assertThat(raw.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(garbage);

        var replay = postMail("/api/quarantine/" + id + "/replay", new byte[0], API_TOKEN);
        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(replay.body()).contains("\"outcome\":\"quarantined\"");
        assertThat(get("/api/quarantine?status=replayed", API_TOKEN).body()).contains("\"id\":" + id + ",");
        assertThat(get("/api/quarantine?status=bogus", API_TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void emptyBodyIsRejectedWithMessage() {
        var response = postMail("/api/inbound", new byte[0], API_TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("message/rfc822");
    }

    private Long anyTicketId() {
        String customer = uniqueAddress("seed", "acme.test");
        postMail("/api/inbound", TestMails.plain(customer, "support@postdesk.test", "Seed",
                uniqueMessageId("acme.test"), "Seed ticket.").getBytes(StandardCharsets.UTF_8), API_TOKEN);
        return jdbc.queryForObject("select id from ticket where contact_address = ?", Long.class, customer);
    }

    private int duplicateCount(String messageId) {
        Integer count = jdbc.queryForObject("select count(*) from inbound_duplicate where message_id = ?",
                Integer.class, messageId);
        return count == null ? 0 : count;
    }

    private int quarantineCount(String messageId) {
        Integer count = jdbc.queryForObject("select count(*) from quarantined_mail where message_id = ?",
                Integer.class, messageId);
        return count == null ? 0 : count;
    }

    private int failedAttempts(String customer) {
        Integer attempts = jdbc.queryForObject("""
                select coalesce(max(o.attempts), 0) from outbox_message o join ticket t on t.id = o.ticket_id
                where t.contact_address = ? and o.kind = 'acknowledgement' and o.status = 'PENDING'""",
                Integer.class, customer);
        return attempts == null ? 0 : attempts;
    }
}
