package ch.postdesk.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.postdesk.security.ReplyToken;
import ch.postdesk.support.CommunicationTestSupport;
import ch.postdesk.support.TestMails;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Commands by mail over real SMTP, IMAP and MariaDB with the demo directory: each command, the
 * confirmation, authentication by reply token and by trusted Authentication-Results, and the
 * cases that must not run anything.
 */
class CommandMailEndToEndTest extends CommunicationTestSupport {

    private static final String MEMBER = "member@postdesk.test";
    private static final String QUIET = "quiet@postdesk.test";

    @Autowired
    private ReplyToken replyToken;

    @Test
    void replySendsOnlyNewTextThreaded() throws Exception {
        OpenedTicket ticket = openTicket("acme.test", "Printer jams");
        String body = """
                #reply
                #status waiting-customer

                Please restart the printer and tell us the error code.

                --\s
                Demo Agent
                Support engineer

                On Mon, 30 Nov 2026 at 10:00, Jane Doe <jane@acme.test> wrote:
                > Please help.
                > #status closed
                """;
        deliver(TestMails.plain("Demo Agent <" + AGENT + ">", tokenAddress(ticket.number(), AGENT),
                "Re: [" + ticket.number() + "] Printer jams", uniqueMessageId("postdesk.test"), body), SUPPORT);

        MimeMessage reply = awaitMail(ticket.customer(), "Printer jams");
        await().atMost(Duration.ofSeconds(30)).until(() -> agentReplies(ticket.customer()).size() == 1);
        reply = agentReplies(ticket.customer()).get(0);
        String text = text(reply).replace("\r\n", "\n");
        assertThat(text).contains("Dear Jane Doe,\nPlease restart the printer and tell us the error code.\n\nDemo Agent\n");
        assertThat(text).doesNotContain("#reply").doesNotContain("#status").doesNotContain("Support engineer")
                .doesNotContain("Please help.");
        assertThat(header(reply, "In-Reply-To")).isEqualTo("<" + ticket.firstMessageId() + ">");
        assertThat(header(reply, "References")).contains("<" + ticket.firstMessageId() + ">");
        assertThat(header(reply, "Auto-Submitted")).isNull();
        assertThat(reply.getSubject()).contains("[" + ticket.number() + "]");
        assertThat(ticketStatus(ticket.number())).isEqualTo("WAITING_CUSTOMER");
        assertThat(outboxKinds(ticket.number())).as("the reply replaces the status mail")
                .doesNotContain("status-waiting-customer");

        MimeMessage confirmation = awaitMail(AGENT, "[" + ticket.number() + "] Commands: 2 applied");
        assertThat(header(confirmation, "Auto-Submitted")).isEqualTo("auto-replied");
        String confirmationText = plainText(confirmation);
        assertThat(confirmationText).contains("#reply").contains("sent to " + ticket.customer().toLowerCase())
                .contains("#status waiting-customer");
        Map<String, Object> note = articleByFrom(ticket.number(), AGENT);
        assertThat(note.get("internal")).isEqualTo(true);
        assertThat(note.get("unverified")).isEqualTo(false);
    }

    @Test
    void fieldCommandsChangeTicket() {
        OpenedTicket ticket = openTicket("acme.test", "Screen flickers");
        HttpResponse<String> response = command(AGENT, tokenAddress(ticket.number(), AGENT), ticket.number(), """
                #priority p1
                #type Incident
                #assign me
                #tag +vip +screen -none
                #due 2099-12-24 15:00
                #customer beispiel
                #note
                Checked remotely, the cable is loose.""");

        assertThat(response.body()).contains("\"outcome\":\"appended\"");
        Map<String, Object> row = ticketRow(ticket.number());
        assertThat(row.get("priority")).isEqualTo("P1");
        assertThat(row.get("type")).isEqualTo("incident");
        assertThat(row.get("assignee")).isEqualTo(AGENT);
        assertThat(row.get("customer_key")).isEqualTo("beispiel");
        assertThat(get("/api/tickets/" + ticket.number(), API_TOKEN).body()).as("read in Acme's zone, Europe/London")
                .contains("\"dueAt\":\"2099-12-24T15:00:00Z\"");
        assertThat(tags(ticket.number())).containsExactlyInAnyOrder("vip", "screen");
        assertThat(historyTypes(ticket.number())).contains("priority-changed", "type-changed", "assignee-changed",
                "tags-changed", "due-changed", "customer-changed", "team-note", "commands");
        assertThat(outboxKinds(ticket.number())).contains(CommandMailComposer.CONFIRMATION);
    }

    @Test
    void teamCommandMovesTicket() {
        OpenedTicket ticket = openTicket("acme.test", "Export is empty");
        String before = ticketRow(ticket.number()).get("team_key").toString();
        String target = before.equals("data") ? "platform" : "data";

        command(AGENT, tokenAddress(ticket.number(), AGENT), ticket.number(), "#team " + target.toUpperCase());

        assertThat(ticketRow(ticket.number()).get("team_key")).isEqualTo(target);
        assertThat(outboxKinds(ticket.number())).contains("team-reassigned");
        assertThat(outboxRecipients(ticket.number())).contains("team-" + target + "@postdesk.test");
    }

    @Test
    void escalateAlertsLeadAndAccountManager() {
        OpenedTicket ticket = openTicket("acme.test", "Invoice wrong again");

        command(AGENT, tokenAddress(ticket.number(), AGENT), ticket.number(),
                "#escalate customer threatens to cancel\nThird complaint this month.");

        assertThat(historyTypes(ticket.number())).contains("escalation");
        assertThat(history(ticket.number(), "escalation")).singleElement().asString()
                .startsWith("customer threatens to cancel; alerted");
        assertThat(outboxByKind(ticket.number(), CommandMailComposer.ESCALATION))
                .containsExactlyInAnyOrder("lead@postdesk.test", "am@postdesk.test");
        MimeMessage alert = awaitMail("lead@postdesk.test", "[" + ticket.number() + "] Escalated");
        assertThat(plainText(alert)).contains("Reason: customer threatens to cancel");
    }

    @Test
    void upsellHandsToAccountManager() {
        OpenedTicket ticket = openTicket("acme.test", "Question about licences");

        command(AGENT, tokenAddress(ticket.number(), AGENT), ticket.number(), "#upsell");

        assertThat(ticketStatus(ticket.number())).isEqualTo("WITH_ACCOUNT_MANAGER");
        assertThat(ticketRow(ticket.number()).get("type")).isEqualTo("upsell");
        assertThat(outboxByKind(ticket.number(), "account-manager-handoff")).containsExactly("am@postdesk.test");
        assertThat(outboxKinds(ticket.number())).contains("handed-to-account-manager");
    }

    @Test
    void approvalRequestsCustomerDecision() {
        OpenedTicket ticket = openTicket("acme.test", "Replace fuser");

        command(AGENT, tokenAddress(ticket.number(), AGENT), ticket.number(),
                "#approval cost=CHF 480.00; timeline=within 3 business days\nReplace the fuser unit of printer P3.");

        Map<String, Object> request = jdbc.queryForMap("""
                select a.* from approval_request a join ticket t on t.id = a.ticket_id where t.number = ?""",
                ticket.number());
        assertThat(request.get("scope")).isEqualTo("Replace the fuser unit of printer P3.");
        assertThat(request.get("cost")).isEqualTo("CHF 480.00");
        assertThat(request.get("requested_by")).isEqualTo(AGENT);
        MimeMessage mail = awaitMail(ticket.customer(), "approval");
        assertThat(text(mail)).contains("CHF 480.00");
    }

    @Test
    void linkAndMergeTickets() {
        OpenedTicket first = openTicket("acme.test", "VPN drops");
        OpenedTicket second = openTicket("acme.test", "VPN disconnects");
        OpenedTicket third = openTicket("acme.test", "VPN again");

        command(AGENT, tokenAddress(first.number(), AGENT), first.number(), "#link " + third.number());
        command(AGENT, tokenAddress(first.number(), AGENT), first.number(), "#merge " + second.number());

        assertThat(jdbc.queryForList("""
                select l.kind from ticket_link l join ticket t on t.id = l.ticket_id where t.number = ?
                order by l.id""", String.class, first.number())).containsExactly("related", "merged-into");
        assertThat(ticketStatus(first.number())).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("""
                select count(*) from article a join ticket t on t.id = a.ticket_id
                where t.number = ? and a.direction = 'INBOUND'""", Integer.class, first.number()))
                .as("inbound articles left on the merged ticket").isZero();
        reply(first.customer(), awaitMail(first.customer(), first.number()), "Still broken.");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                select count(*) from article a join ticket t on t.id = a.ticket_id
                where t.number = ? and a.visible_text = 'Still broken.'""", Integer.class, second.number()) == 1);
    }

    @Test
    void helpAndUnknownCommandsAnswered() {
        OpenedTicket ticket = openTicket("acme.test", "Keyboard missing keys");

        command(AGENT, tokenAddress(ticket.number(), AGENT), ticket.number(), "#help\n#stauts resolved\n#priority P2");

        assertThat(ticketStatus(ticket.number())).isNotEqualTo("RESOLVED");
        assertThat(ticketRow(ticket.number()).get("priority")).as("valid commands still apply").isEqualTo("P2");
        MimeMessage confirmation = awaitMail(AGENT, "[" + ticket.number() + "] Commands: 2 applied, 1 rejected");
        assertThat(plainText(confirmation)).contains("#stauts is not a command; did you mean #status?")
                .contains("Syntax: #status <open|waiting-customer|waiting-team|resolved|closed>")
                .contains("#escalate <reason>");
    }

    @Test
    void errorsOnlyAgentGetsNoConfirmationOnSuccess() {
        OpenedTicket ticket = openTicket("acme.test", "Mouse broken");

        command(QUIET, tokenAddress(ticket.number(), QUIET), ticket.number(), "#priority P2");
        assertThat(ticketRow(ticket.number()).get("priority")).isEqualTo("P2");
        assertThat(outboxKinds(ticket.number())).doesNotContain(CommandMailComposer.CONFIRMATION);

        command(QUIET, tokenAddress(ticket.number(), QUIET), ticket.number(), "#prioritty P4");
        assertThat(outboxByKind(ticket.number(), CommandMailComposer.CONFIRMATION)).containsExactly(QUIET);
    }

    @Test
    void teamMemberUsesQueueToken() {
        OpenedTicket ticket = openTicket("acme.test", "Report missing rows");

        command(MEMBER, tokenAddress(ticket.number(), "team-data@postdesk.test"), ticket.number(),
                "#status waiting-team\n#customer beispiel");

        assertThat(ticketStatus(ticket.number())).isEqualTo("WAITING_TEAM");
        assertThat(ticketRow(ticket.number()).get("customer_key")).isEqualTo("acme");
        MimeMessage confirmation = awaitMail(MEMBER, "[" + ticket.number() + "] Commands: 1 applied, 1 rejected");
        assertThat(plainText(confirmation)).contains("your role (team-member) may not run #customer");
    }

    @Test
    void forgedSenderWithoutTokenRunsNothing() {
        OpenedTicket ticket = openTicket("acme.test", "Password reset");
        String forgedId = uniqueMessageId("attacker.example");

        postMail("/api/inbound", TestMails.plain("Demo Agent <" + AGENT + ">", SUPPORT,
                "Re: [" + ticket.number() + "] Password reset", forgedId, "#status closed\n#priority P4\nDone.")
                .getBytes(StandardCharsets.UTF_8), API_TOKEN);

        assertThat(ticketStatus(ticket.number())).isNotEqualTo("CLOSED");
        assertThat(ticketRow(ticket.number()).get("priority")).isEqualTo("P3");
        Map<String, Object> note = articleByMessageId(forgedId);
        assertThat(note.get("internal")).isEqualTo(true);
        assertThat(note.get("unverified")).isEqualTo(true);
        assertThat(history(ticket.number(), "unverified-staff-mail")).singleElement().asString()
                .endsWith("commands not executed: #status closed | #priority P4");
        assertThat(outboxByKind(ticket.number(), CommandMailComposer.UNVERIFIED_NOTICE)).containsExactly(AGENT);
        HttpResponse<String> events = get("/api/security-events?ticket=" + ticket.number(), API_TOKEN);
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.body()).contains("\"sender\":\"" + AGENT + "\"").contains("\"tokenState\":\"none\"")
                .contains("\"decisionSource\":\"none\"").contains("#status closed").contains(forgedId);
        MimeMessage notice = awaitMail(AGENT, "[" + ticket.number() + "] Unverified mail");
        assertThat(plainText(notice)).contains("#status closed").contains("<" + forgedId + ">");
    }

    @Test
    void tokenOfAnotherRecipientFails() {
        OpenedTicket ticket = openTicket("acme.test", "Laptop slow");

        command(MEMBER, tokenAddress(ticket.number(), AGENT), ticket.number(), "#priority P1");
        command(ticket.customer(), tokenAddress(ticket.number(), AGENT), ticket.number(), "#status closed");

        assertThat(ticketRow(ticket.number()).get("priority")).isEqualTo("P3");
        assertThat(ticketStatus(ticket.number())).isNotEqualTo("CLOSED");
        assertThat(jdbc.queryForList("""
                select e.token_state from security_event e join ticket t on t.id = e.ticket_id where t.number = ?
                order by e.id""", String.class, ticket.number())).containsExactly("other-recipient", "other-recipient");
        assertThat(outboxByKind(ticket.number(), CommandMailComposer.UNVERIFIED_NOTICE))
                .as("the member, and the agent whose token the customer used").containsExactly(MEMBER, AGENT);
    }

    @Test
    void tokenOfAnotherTicketFails() {
        OpenedTicket first = openTicket("acme.test", "Printer A");
        OpenedTicket second = openTicket("acme.test", "Printer B");
        String genuine = replyToken.create(first.number(), AGENT);
        String tampered = second.number().toLowerCase() + genuine.substring(genuine.indexOf('.'));

        command(AGENT, "support+" + tampered + "@postdesk.test", second.number(), "#priority P1");

        assertThat(ticketRow(second.number()).get("priority")).isEqualTo("P3");
        assertThat(ticketRow(first.number()).get("priority")).isEqualTo("P3");
        assertThat(jdbc.queryForObject("""
                select e.token_state from security_event e join ticket t on t.id = e.ticket_id where t.number = ?""",
                String.class, second.number())).isEqualTo("invalid");
    }

    @Test
    void dkimPassNeedsTrustedAuthservId() {
        OpenedTicket ticket = openTicket("acme.test", "Scanner offline");

        command(AGENT, SUPPORT, ticket.number(), "#priority P1",
                "Authentication-Results: evil.example; dkim=pass header.d=postdesk.test");
        assertThat(ticketRow(ticket.number()).get("priority")).isEqualTo("P3");

        command(AGENT, SUPPORT, ticket.number(), "#priority P2",
                "Authentication-Results: mx.postdesk.test; spf=pass smtp.mailfrom=postdesk.test;"
                        + " dkim=pass header.d=postdesk.test header.s=s1");
        assertThat(ticketRow(ticket.number()).get("priority")).isEqualTo("P2");
        assertThat(jdbc.queryForList("""
                select e.detail from security_event e join ticket t on t.id = e.ticket_id where t.number = ?""",
                String.class, ticket.number())).singleElement().asString().contains("untrusted authserv-ids ignored");
    }

    @Test
    void outlookHtmlReplyRunsCommands() {
        OpenedTicket ticket = openTicket("acme.test", "Monitor dark");
        String messageId = uniqueMessageId("postdesk.test");
        String html = """
                <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
                <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
                <body lang="DE-CH" link="#0563C1"><div class="WordSection1">
                <p class="MsoNormal">#priority P2<o:p></o:p></p>
                <p class="MsoNormal">#Tag +outlook<o:p></o:p></p>
                <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
                <p class="MsoNormal">Replaced the cable.<o:p></o:p></p>
                <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
                <p class="MsoNormal"><b>From:</b> Postdesk Demo Services Postdesk &lt;support@postdesk.test&gt;<br>
                <b>Sent:</b> Monday, 30 November 2026 10:00<br>
                <b>To:</b> Team Platform &lt;team-platform@postdesk.test&gt;<br>
                <b>Subject:</b> [%s] Task: Monitor dark</p></div>
                <p class="MsoNormal">#status closed<o:p></o:p></p>
                </div></body></html>""".formatted(ticket.number());
        String raw = "From: Demo Agent <" + AGENT + ">\r\n"
                + "To: " + tokenAddress(ticket.number(), AGENT) + "\r\n"
                + "Subject: AW: [" + ticket.number() + "] Task: Monitor dark\r\n"
                + "Message-ID: <" + messageId + ">\r\n"
                + "Date: Mon, 30 Nov 2026 10:05:00 +0100\r\n"
                + "MIME-Version: 1.0\r\n"
                + "X-Mailer: Microsoft Outlook 16.0\r\n"
                + "Content-Type: text/html; charset=\"utf-8\"\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + html.replace("\n", "\r\n") + "\r\n";

        deliver(raw, SUPPORT);

        await().atMost(Duration.ofSeconds(30)).until(() -> historyTypes(ticket.number()).contains("commands"));
        assertThat(ticketRow(ticket.number()).get("priority")).isEqualTo("P2");
        assertThat(tags(ticket.number())).contains("outlook");
        assertThat(ticketStatus(ticket.number())).isNotEqualTo("CLOSED");
    }

    @Test
    void commandsBelowTextOrInQuoteIgnored() {
        OpenedTicket ticket = openTicket("acme.test", "Phone line noisy");

        command(AGENT, tokenAddress(ticket.number(), AGENT), ticket.number(), """
                Called the carrier, they are checking.
                #priority P1

                On Mon, 30 Nov 2026 at 10:00, Postdesk <support@postdesk.test> wrote:
                > #status closed
                > #escalate now""");

        assertThat(ticketRow(ticket.number()).get("priority")).isEqualTo("P3");
        assertThat(ticketStatus(ticket.number())).isNotEqualTo("CLOSED");
        assertThat(historyTypes(ticket.number())).contains("team-note").doesNotContain("commands", "escalation");
        assertThat(outboxKinds(ticket.number())).doesNotContain(CommandMailComposer.CONFIRMATION);
    }

    @Test
    void customerCommandsArePlainText() {
        OpenedTicket ticket = openTicket("acme.test", "Toner empty");
        String messageId = uniqueMessageId("acme.test");

        postMail("/api/inbound", TestMails.plain(ticket.customer(), SUPPORT, "Re: [" + ticket.number() + "] Toner empty",
                messageId, "#close\n#status closed\nPlease close this.").getBytes(StandardCharsets.UTF_8), API_TOKEN);

        assertThat(ticketStatus(ticket.number())).isNotEqualTo("CLOSED");
        Map<String, Object> article = articleByMessageId(messageId);
        assertThat(article.get("internal")).isEqualTo(false);
        assertThat(article.get("visible_text").toString()).startsWith("#close");
        assertThat(jdbc.queryForObject("""
                select count(*) from security_event e join ticket t on t.id = e.ticket_id where t.number = ?""",
                Integer.class, ticket.number())).isZero();
    }

    @Test
    void duplicateCommandMailRunsOnce() {
        OpenedTicket ticket = openTicket("acme.test", "Badge reader");
        String raw = TestMails.plain(AGENT, tokenAddress(ticket.number(), AGENT), "Re: [" + ticket.number() + "]",
                uniqueMessageId("postdesk.test"), "#escalate badge reader blocks the entrance\n#tag +door");

        HttpResponse<String> first = postMail("/api/inbound", raw.getBytes(StandardCharsets.UTF_8), API_TOKEN);
        HttpResponse<String> second = postMail("/api/inbound", raw.getBytes(StandardCharsets.UTF_8), API_TOKEN);

        assertThat(first.body()).contains("\"outcome\":\"appended\"");
        assertThat(second.body()).contains("\"outcome\":\"duplicate\"");
        assertThat(historyTypes(ticket.number())).filteredOn("escalation"::equals).hasSize(1);
        assertThat(historyTypes(ticket.number())).filteredOn("commands"::equals).hasSize(1);
        assertThat(outboxByKind(ticket.number(), CommandMailComposer.CONFIRMATION)).hasSize(1);
        assertThat(outboxByKind(ticket.number(), CommandMailComposer.ESCALATION)).hasSize(2);
    }

    @Test
    void priorityCommandMovesSlaClocks() {
        OpenedTicket ticket = openTicket("beispiel.test", "Zugang gesperrt");
        assertThat(slaClocks(ticket.number())).allSatisfy(row -> assertThat(row).containsEntry("policy", "premium"));

        command(AGENT, tokenAddress(ticket.number(), AGENT), ticket.number(), "#priority P1");

        List<Map<String, Object>> clocks = slaClocks(ticket.number());
        assertThat(clocks).allSatisfy(row -> assertThat(row).containsEntry("policy", "premium-urgent"));
        assertThat(clocks).filteredOn(row -> "FIRST_RESPONSE".equals(row.get("kind"))).singleElement()
                .satisfies(row -> assertThat(((Number) row.get("target_seconds")).longValue()).isEqualTo(30 * 60));
        assertThat(history(ticket.number(), "sla-policy-changed")).isNotEmpty()
                .allSatisfy(detail -> assertThat(detail).contains("policy premium -> premium-urgent (priority P1)"));
    }

    private List<Map<String, Object>> slaClocks(String number) {
        return jdbc.queryForList("""
                select c.kind, c.policy, c.target_seconds, c.state from sla_clock c join ticket t on t.id = c.ticket_id
                where t.number = ? order by c.id""", number);
    }

    private String tokenAddress(String number, String recipient) {
        return replyToken.replyAddress(SUPPORT, number, recipient);
    }

    /** Posts a command mail to the inbound API and returns the response; it is processed before the call returns. */
    private HttpResponse<String> command(String from, String to, String number, String body, String... headers) {
        HttpResponse<String> response = postMail("/api/inbound", TestMails.plain(from, to, "Re: [" + number + "] Task",
                uniqueMessageId("postdesk.test"), body, headers).getBytes(StandardCharsets.UTF_8), API_TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private List<MimeMessage> agentReplies(String customer) {
        return inbox(customer).stream().filter(m -> header(m, "Auto-Submitted") == null).toList();
    }

    private Map<String, Object> ticketRow(String number) {
        return jdbc.queryForMap("select * from ticket where number = ?", number);
    }

    private List<String> tags(String number) {
        return jdbc.queryForList("select g.tag from ticket_tag g join ticket t on t.id = g.ticket_id where t.number = ?",
                String.class, number);
    }

    private List<String> history(String number, String type) {
        return jdbc.queryForList("""
                select h.detail from history_event h join ticket t on t.id = h.ticket_id
                where t.number = ? and h.type = ? order by h.id""", String.class, number, type);
    }



    private List<String> outboxByKind(String number, String kind) {
        return jdbc.queryForList("""
                select o.recipients from outbox_message o join ticket t on t.id = o.ticket_id
                where t.number = ? and o.kind = ? order by o.id""", String.class, number, kind);
    }

    private Map<String, Object> articleByMessageId(String messageId) {
        return jdbc.queryForMap("select * from article where message_id = ?", messageId);
    }

    private Map<String, Object> articleByFrom(String number, String address) {
        return jdbc.queryForList("""
                select a.* from article a join ticket t on t.id = a.ticket_id
                where t.number = ? and a.direction = 'INBOUND' and a.from_address like ? order by a.id""",
                number, "%" + address + "%").get(0);
    }

    /** Returns the text of a single-part staff mail, or the first part of a multipart one. */
    private static String plainText(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String string ? string : text(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
