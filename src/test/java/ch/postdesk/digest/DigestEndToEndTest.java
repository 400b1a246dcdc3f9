package ch.postdesk.digest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.notify.RenderedMail;
import ch.postdesk.notify.TemplateRenderer;
import ch.postdesk.sla.SlaMonitor;
import ch.postdesk.support.CommunicationTestSupport;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Digest contents for a seeded data set with an SLA breach, a reopened ticket and a ticket waiting
 * for the customer, in English and German. Also the overview and metrics API, and digests with
 * nothing to report.
 */
class DigestEndToEndTest extends CommunicationTestSupport {

    @Autowired
    DigestJob job;

    @Autowired
    OverviewService overviews;

    @Autowired
    TemplateRenderer renderer;

    @Autowired
    SlaMonitor monitor;

    private String outboxContent(String kind, String recipient, Instant since) {
        List<String> contents = jdbc.queryForList("""
                select convert(content using utf8mb4) from outbox_message
                where kind = ? and recipients = ? and created_at >= ? order by id desc""",
                String.class, kind, recipient, Timestamp.from(since));
        assertThat(contents).as(kind + " to " + recipient).isNotEmpty();
        return contents.get(0);
    }

    private static String decoded(String raw) {
        // Bodies are quoted-printable; join soft line breaks so that assertions see whole lines.
        return raw.replace("=\r\n", "").replace("=\n", "").replace("=C3=A4", "ä").replace("=C3=BC", "ü");
    }

    @Test
    void seededDigestsInBothLanguages() {
        clock.advance(Duration.ofDays(1));
        Instant start = clock.instant();
        OpenedTicket breached = openTicket("acme.test", "Digest seed: VPN access");
        OpenedTicket reopened = openTicket("acme.test", "Digest seed: invoice copy");
        OpenedTicket waiting = openTicket("beispiel.test", "Digest seed: Zugang");
        clock.advance(Duration.ofDays(3));
        monitor.check(breached.number());
        setStatus(reopened.number(), "resolved");
        setStatus(reopened.number(), "open");
        setStatus(waiting.number(), "waiting-customer");

        Instant fire = clock.instant();
        assertThat(job.fire("account-manager-daily", fire)).isPositive();
        String managerMail = decoded(outboxContent("digest-account-manager", "am@postdesk.test", start));
        assertThat(managerMail).contains("Subject: Customer digest:")
                .contains("Red flags:")
                .contains("SLA breached: " + breached.number())
                .contains("Reopened: " + reopened.number())
                .contains(waiting.number() + " Digest seed: Zugang: waiting for customer")
                .contains("support waits for customer")
                .contains("Content-Type: text/html");
        assertThat(managerMail.indexOf("Red flags:")).isLessThan(managerMail.indexOf("Open tickets:"));

        assertThat(job.fire("customer-weekly", fire)).isPositive();
        String customerMail = decoded(outboxContent("digest-customer", "it-lead@beispiel.test", start));
        assertThat(customerMail).contains("Offene Anfragen").contains(waiting.number())
                .contains("wartet auf Kunde").contains("Content-Language: de");

        // The same overview rendered for a German-speaking account manager.
        CustomerOverview acme = overviews.customer("acme", start, fire);
        TemplateModels models = new TemplateModels("de", ZoneId.of("Europe/Zurich"));
        RenderedMail german = renderer.render("digest-account-manager", "de", Map.of(
                "digest", Map.of("recipientName", "Anna", "from", models.convert(start), "to", models.convert(fire),
                        "customers", models.convert(List.of(acme)), "redFlagCount", acme.redFlags().size(),
                        "openCount", acme.openTickets().size()),
                "company", Map.of("name", "Postdesk"), "signature", "Support",
                "layout", Map.of("companyName", "Postdesk", "signature", "Support", "footer", "", "links", List.of())));
        assertThat(german.subject()).startsWith("Kundenübersicht:");
        assertThat(german.text()).contains("Warnsignale:").contains("SLA verletzt: " + breached.number())
                .contains("Wiedereröffnet: " + reopened.number());
    }

    @Test
    void supportLeadDigestHasInlineChart() {
        OpenedTicket ticket = openTicket("acme.test", "Digest lead: new laptop");
        setStatus(ticket.number(), "resolved");
        Instant start = clock.instant();
        clock.advance(Duration.ofMinutes(1));

        assertThat(job.fire("support-lead-weekly", clock.instant())).isEqualTo(1);

        String mail = outboxContent("digest-support-lead", "lead@postdesk.test", start);
        assertThat(mail).contains("multipart/related").contains("Content-Type: image/png")
                .contains("Content-ID: <" + DigestService.CHART_CONTENT_ID + ">")
                .contains("cid:" + DigestService.CHART_CONTENT_ID);
        assertThat(decoded(mail)).contains("First response").contains("SLA compliance").contains("Weekly trend");
    }

    @Test
    void nothingToReportIsNotSent() {
        Instant farFuture = Instant.parse("2199-01-06T07:00:00Z");

        assertThat(job.fire("support-lead-weekly", farFuture)).isZero();
        assertThat(job.fire("support-lead-weekly", farFuture)).isEqualTo(-1);
    }

    @Test
    void overviewAndMetricsApi() {
        OpenedTicket ticket = openTicket("beispiel.test", "Overview API: Berichte");

        HttpResponse<String> overview = get("/api/customers/beispiel/overview", API_TOKEN);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("\"customer\":\"beispiel\"").contains("\"redFlags\":[")
                .contains("\"number\":\"" + ticket.number() + "\"").contains("\"waiting\":\"customer-waits-for-support\"");
        assertThat(get("/api/customers/nobody/overview", API_TOKEN).statusCode()).isEqualTo(404);

        HttpResponse<String> metrics = get("/api/metrics/process?from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z",
                API_TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("\"createdByCustomer\":{").contains("\"firstResponse\":{")
                .contains("\"trend\":[");
        assertThat(get("/api/metrics/process?from=tomorrow", API_TOKEN).statusCode()).isEqualTo(400);
    }
}
