package ch.postdesk.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sample models of the digest and alert templates, built from sample records through
 * {@link TemplateModels} so that they have exactly the shape the code passes. The template
 * check at startup renders every template with them.
 */
public final class DigestSamples {

    private static final Instant FROM = Instant.parse("2026-12-07T06:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-08T06:00:00Z");
    private static final TemplateModels MODELS = new TemplateModels("en", ZoneOffset.UTC);

    private DigestSamples() {
    }

    static TicketLine sampleTicket() {
        return new TicketLine("PD-1042", "Printer broken", "open", "acme", "platform", "P2", "incident",
                FROM.minusSeconds(86_400 * 3), FROM, 3, "customer-waits-for-support", "at-risk",
                TO.plusSeconds(3600));
    }

    public static Map<String, Object> accountManager() {
        CustomerOverview overview = new CustomerOverview("acme", "Acme", FROM, TO,
                List.of(new RedFlag("sla-breached", "PD-1042", "Printer broken", "resolution target missed", FROM)),
                List.of(sampleTicket()), List.of(sampleTicket()), List.of());
        return Map.of("digest", Map.of("recipientName", "Demo Account Manager", "from", MODELS.convert(FROM),
                "to", MODELS.convert(TO), "customers", MODELS.convert(List.of(overview)), "redFlagCount", 1,
                "openCount", 1));
    }

    public static Map<String, Object> team() {
        TeamOverview overview = new TeamOverview("platform", "Platform", FROM, TO, List.of(sampleTicket()));
        return Map.of("digest", MODELS.convertRecord(overview));
    }

    public static Map<String, Object> supportLead() {
        Map<String, Long> byCustomer = new LinkedHashMap<>();
        byCustomer.put("acme", 4L);
        ProcessMetrics metrics = new ProcessMetrics(FROM, TO, 4, byCustomer, Map.of("platform", 4L),
                Map.of("incident", 4L), new ProcessMetrics.TimeStats(3, 42L, 90L),
                new ProcessMetrics.TimeStats(2, 600L, 900L), new ProcessMetrics.Compliance(5, 4, 1, 80.0),
                new ProcessMetrics.ReopenRate(2, 1, 50.0), new ProcessMetrics.Satisfaction(2, 3.5, 1, 50.0), 1,
                List.of(new ProcessMetrics.TeamMove("PD-1042", "moved from team data", FROM)),
                List.of(new ProcessMetrics.WeekPoint(LocalDate.of(2026, 12, 1), 4, 2)));
        return Map.of("digest", Map.of("metrics", MODELS.convertRecord(metrics), "chartContentId", "trend@postdesk",
                "chart", true));
    }

    public static Map<String, Object> customer() {
        return Map.of("digest", Map.of("customerName", "Acme", "from", MODELS.convert(FROM), "to", MODELS.convert(TO),
                "openTickets", MODELS.convert(List.of(sampleTicket())), "done", List.of()));
    }

    public static Map<String, Object> accountManagerAlert() {
        return Map.of("alerts", List.of(Map.of("kind", "sla-breach", "customerName", "Acme", "ticketNumber", "PD-1042",
                "ticketSubject", "Printer broken", "detail", "first-response target missed (policy business)",
                "at", "Dec 7, 2026, 10:15 AM")));
    }

    public static Map<String, Object> slaAlert() {
        return Map.of("sla", Map.of("kind", "warning", "clock", "first-response", "policy", "business",
                "warningPercent", 80, "dueAt", "2026-12-07 16:00 Europe/London", "ticketNumber", "PD-1042",
                "ticketSubject", "Printer broken", "customerName", "Acme", "priority", "P2", "team", "platform"));
    }
}
