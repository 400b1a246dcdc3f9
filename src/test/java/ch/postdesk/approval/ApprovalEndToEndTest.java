package ch.postdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.postdesk.support.CommunicationTestSupport;
import ch.postdesk.support.TestMails;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Approval requests by API, decided by keyword reply or signed link, and every rejected attempt. */
class ApprovalEndToEndTest extends CommunicationTestSupport {

    private MimeMessage requestApproval(OpenedTicket ticket, String subjectPart) {
        HttpResponse<String> response = postJson("/api/tickets/" + ticket.number() + "/approvals",
                "{\"scope\":\"Replace the fuser unit\",\"timeline\":\"3 business days\",\"cost\":\"CHF 480\","
                        + "\"requestedBy\":\"" + AGENT + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        int before = mailsWithSubject(ticket.customer(), subjectPart).size();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsWithSubject(ticket.customer(), subjectPart).size() > before);
        return awaitMail(ticket.customer(), subjectPart);
    }

    private Map<String, Object> latestRequest(String number) {
        return jdbc.queryForMap("""
                select r.* from approval_request r join ticket t on t.id = r.ticket_id
                where t.number = ? order by r.id desc limit 1""", number);
    }

    private int staffMails(String number, String kind) {
        Integer count = jdbc.queryForObject("""
                select count(*) from outbox_message o join ticket t on t.id = o.ticket_id
                where t.number = ? and o.kind = ? and o.recipients like ?""", Integer.class, number, kind,
                "%" + AGENT + "%");
        return count == null ? 0 : count;
    }

    @Test
    void approveByEnglishKeyword() {
        OpenedTicket ticket = openTicket("acme.test", "New printer part");
        MimeMessage request = requestApproval(ticket, "Your approval is needed");
        assertThat(text(request)).contains("Replace the fuser unit").contains("APPROVE").contains("DECLINE");
        assertThat(header(request, "Auto-Submitted")).isNull();

        reply(ticket.customer(), request, "Approve\n\nGo ahead.");

        await().atMost(Duration.ofSeconds(20)).until(() -> "APPROVED".equals(latestRequest(ticket.number()).get("status")));
        assertThat(latestRequest(ticket.number())).containsEntry("decided_via", "REPLY")
                .containsEntry("decided_by", ticket.customer().toLowerCase());
        assertThat(text(awaitMail(ticket.customer(), "Decision recorded"))).contains("APPROVED");
        assertThat(historyTypes(ticket.number())).contains("approval-requested", "approval-approved");
        assertThat(staffMails(ticket.number(), "staff-approval-decided")).isEqualTo(1);
    }

    @Test
    void declineByGermanKeyword() {
        OpenedTicket ticket = openTicket("beispiel.test", "Neuer Server");
        MimeMessage request = requestApproval(ticket, "Ihre Genehmigung wird benötigt");
        assertThat(text(request)).contains("GENEHMIGT").contains("ABGELEHNT");

        reply(ticket.customer(), request, "ABGELEHNT\nZu teuer.");

        await().atMost(Duration.ofSeconds(20)).until(() -> "DECLINED".equals(latestRequest(ticket.number()).get("status")));
        assertThat(text(awaitMail(ticket.customer(), "Entscheid erfasst"))).contains("ABGELEHNT");
        assertThat(ticketStatus(ticket.number())).isNotEqualTo("RESOLVED");
    }

    @Test
    void approveByLinkOnce() {
        OpenedTicket ticket = openTicket("acme.test", "Upgrade licence");
        String path = linkPath(text(requestApproval(ticket, "Your approval is needed")), "/p/approvals/",
                "?decision=approve");
        String tokenPath = path.substring(0, path.indexOf('?'));

        HttpResponse<String> page = get(path, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Replace the fuser unit").contains("name=\"decision\" value=\"approve\"");
        assertThat(latestRequest(ticket.number())).containsEntry("status", "PENDING");

        HttpResponse<String> recorded = postForm(tokenPath, "decision=approve");
        assertThat(recorded.statusCode()).isEqualTo(200);
        assertThat(recorded.body()).contains("APPROVED");
        assertThat(latestRequest(ticket.number())).containsEntry("status", "APPROVED").containsEntry("decided_via", "LINK");

        HttpResponse<String> reused = postForm(tokenPath, "decision=decline");
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(latestRequest(ticket.number())).containsEntry("status", "APPROVED");
        assertThat(historyTypes(ticket.number())).contains("approval-rejected");
    }

    @Test
    void otherCustomerCannotDecide() {
        OpenedTicket ticket = openTicket("acme.test", "Printer lease");
        MimeMessage request = requestApproval(ticket, "Your approval is needed");
        String outsider = uniqueAddress("mallory", "beispiel.test");

        deliver(TestMails.plain(outsider, SUPPORT, "Re: " + subject(request), uniqueMessageId("beispiel.test"),
                "APPROVE", "In-Reply-To: " + header(request, "Message-ID")), SUPPORT);

        await().atMost(Duration.ofSeconds(20)).until(() -> historyTypes(ticket.number()).contains("approval-rejected"));
        assertThat(latestRequest(ticket.number())).containsEntry("status", "PENDING");
    }

    @Test
    void expiredLinkRejected() {
        OpenedTicket ticket = openTicket("acme.test", "Cabling");
        String path = linkPath(text(requestApproval(ticket, "Your approval is needed")), "/p/approvals/", "?");
        String tokenPath = path.substring(0, path.length() - 1);

        clock.advance(Duration.ofDays(15));

        assertThat(get(tokenPath, null).statusCode()).isEqualTo(410);
        assertThat(postForm(tokenPath, "decision=approve").statusCode()).isEqualTo(410);
        assertThat(latestRequest(ticket.number())).containsEntry("status", "PENDING");
    }

    @Test
    void supersededLinkRejected() {
        OpenedTicket ticket = openTicket("acme.test", "Firewall rules");
        String first = linkPath(text(requestApproval(ticket, "Your approval is needed")), "/p/approvals/", "?");
        String second = linkPath(text(requestApproval(ticket, "Your approval is needed")), "/p/approvals/", "?");
        String firstPath = first.substring(0, first.length() - 1);
        String secondPath = second.substring(0, second.length() - 1);
        assertThat(firstPath).isNotEqualTo(secondPath);

        HttpResponse<String> old = postForm(firstPath, "decision=approve");
        assertThat(old.statusCode()).isEqualTo(410);
        assertThat(old.body()).contains("replaced by a newer one");

        assertThat(postForm(secondPath, "decision=approve").statusCode()).isEqualTo(200);
    }

    @Test
    void tamperedLinkRejected() {
        OpenedTicket ticket = openTicket("acme.test", "Wi-Fi");
        String path = linkPath(text(requestApproval(ticket, "Your approval is needed")), "/p/approvals/", "?");
        String tokenPath = path.substring(0, path.length() - 1);
        char last = tokenPath.charAt(tokenPath.length() - 1);
        String tampered = tokenPath.substring(0, tokenPath.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(get(tampered, null).statusCode()).isEqualTo(404);
        assertThat(postForm(tampered, "decision=approve").statusCode()).isEqualTo(404);
        assertThat(latestRequest(ticket.number())).containsEntry("status", "PENDING");
    }

    @Test
    void requestByUnknownRequesterRejected() {
        OpenedTicket ticket = openTicket("acme.test", "Monitor");
        HttpResponse<String> response = postJson("/api/tickets/" + ticket.number() + "/approvals",
                "{\"scope\":\"x\",\"timeline\":\"y\",\"cost\":\"z\",\"requestedBy\":\"stranger@example.test\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not an agent");
    }
}
