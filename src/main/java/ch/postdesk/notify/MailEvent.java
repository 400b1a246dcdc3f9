package ch.postdesk.notify;

import ch.postdesk.digest.DigestSamples;
import java.util.List;
import java.util.Map;

/**
 * Every mail Postdesk renders from templates, with the template name and the variables the code
 * passes besides the common ones: {@code company}, {@code layout} and {@code signature} always;
 * {@code ticket} for customer mail about a ticket; {@code customer} and {@code contact} for all
 * customer mail. The sample values below are what {@link TemplateVerifier}
 * renders each template with at startup, so a template that uses any other variable fails there.
 */
public enum MailEvent {

    /** Confirms a new ticket and quotes the customer's message. */
    ACKNOWLEDGEMENT("acknowledgement", Audience.CUSTOMER,
            Map.of("message", Map.of("visibleText", "The printer on floor 3 does not print."))),
    /** An agent's answer; the text is the agent's message only, never the whole thread. */
    AGENT_REPLY("agent-reply", Audience.CUSTOMER,
            Map.of("reply", Map.of("text", "Please restart the printer and tell us the error code.",
                    "authorName", "Demo Agent"))),
    STATUS_WAITING_CUSTOMER("status-waiting-customer", Audience.CUSTOMER,
            Map.of("note", "Please send us the error code shown on the display.")),
    /** Names the team's role in neutral words and the date of the next update. */
    STATUS_WAITING_TEAM("status-waiting-team", Audience.CUSTOMER,
            Map.of("teamRole", "our platform specialists", "nextUpdate", "Tuesday, 8 December 2026", "note", "")),
    STATUS_RESOLVED("status-resolved", Audience.CUSTOMER,
            Map.of("note", "The printer driver was updated.", "reopenUntil", "Friday, 18 December 2026")),
    STATUS_CLOSED("status-closed", Audience.CUSTOMER, Map.of("note", "")),
    STATUS_REOPENED("status-reopened", Audience.CUSTOMER, Map.of("note", "")),
    STILL_IN_PROGRESS("still-in-progress", Audience.CUSTOMER,
            Map.of("teamRole", "our platform specialists", "nextUpdate", "Tuesday, 8 December 2026")),
    /** Scope, timeline and cost to approve, with the signed links and the reply keywords. */
    APPROVAL_REQUEST("approval-request", Audience.CUSTOMER,
            Map.of("approval", Map.of("scope", "Replace the fuser unit of printer P3.", "timeline",
                    "Within 3 business days", "cost", "CHF 480.00", "expiresAt", "Friday, 18 December 2026",
                    "approveUrl", "https://support.example.test/p/approvals/sample?decision=approve",
                    "declineUrl", "https://support.example.test/p/approvals/sample?decision=decline",
                    "requestedByName", "Demo Agent"))),
    APPROVAL_RECORDED("approval-recorded", Audience.CUSTOMER,
            Map.of("approval", Map.of("scope", "Replace the fuser unit of printer P3.", "timeline",
                    "Within 3 business days", "cost", "CHF 480.00", "approved", true,
                    "decidedBy", "jane@acme.test", "decidedAt", "Friday, 11 December 2026, 10:15"))),
    HANDED_TO_ACCOUNT_MANAGER("handed-to-account-manager", Audience.CUSTOMER,
            Map.of("accountManager", Map.of("name", "Demo Account Manager", "address", "am@postdesk.test"),
                    "note", "")),
    REMINDER_WAITING_CUSTOMER("reminder-waiting-customer", Audience.CUSTOMER,
            Map.of("reminder", Map.of("number", 1, "autoResolveAt", "Friday, 18 December 2026"))),
    AUTOMATIC_CLOSURE("automatic-closure", Audience.CUSTOMER,
            Map.of("reopenUntil", "Friday, 1 January 2027")),
    /** Rating links 1 to 5 and the reply-by-number option. */
    SURVEY("survey", Audience.CUSTOMER, Map.of("survey", sampleSurvey())),
    /** A survey about the customer relationship as a whole, not about one ticket. */
    CUSTOMER_SURVEY("customer-survey", Audience.CUSTOMER_WITHOUT_TICKET, Map.of("survey", sampleSurvey())),
    /** Tells the requesting agent and the team how the customer decided. */
    STAFF_APPROVAL_DECIDED("staff-approval-decided", Audience.STAFF,
            Map.of("approval", values("scope", "Replace the fuser unit of printer P3.", "timeline",
                    "Within 3 business days", "cost", "CHF 480.00", "approved", false,
                    "decidedBy", "jane@acme.test", "decidedAt", "Friday, 11 December 2026, 10:15",
                    "via", "link", "requestedBy", "agent@postdesk.test", "ticketNumber", "PD-1042",
                    "ticketSubject", "Printer broken", "customerName", "Acme"))),
    /** Alerts account managers and the support lead to a low satisfaction rating. */
    STAFF_LOW_RATING("staff-low-rating", Audience.STAFF,
            Map.of("rating", Map.of("value", 2, "comment", "It took too long.", "ticketNumber", "PD-1042",
                    "respondent", "jane@acme.test", "kind", "ticket", "customerName", "Acme"))),
    /** SLA warning to the team (kind {@code warning}) or breach to the support lead (kind {@code breach}). */
    SLA_ALERT("sla-alert", Audience.STAFF, DigestSamples.slaAlert()),
    /** One or more collected alerts to one account manager. */
    ACCOUNT_MANAGER_ALERT("account-manager-alert", Audience.STAFF, DigestSamples.accountManagerAlert()),
    /** Per customer of the account manager: red flags, open tickets, opened and done in the period. */
    DIGEST_ACCOUNT_MANAGER("digest-account-manager", Audience.STAFF, DigestSamples.accountManager()),
    /** A team's open tickets with age, priority and SLA due time. */
    DIGEST_TEAM("digest-team", Audience.STAFF, DigestSamples.team()),
    /** Process figures of the period with the weekly trend chart as an inline image. */
    DIGEST_SUPPORT_LEAD("digest-support-lead", Audience.STAFF, DigestSamples.supportLead()),
    /** A customer's open and recently done requests, to the customer's digest recipients. */
    DIGEST_CUSTOMER("digest-customer", Audience.STAFF, DigestSamples.customer()),
    ;

    /** Who a mail goes to, which decides the common variables it gets. */
    public enum Audience {
        /** The customer of a ticket; threading headers and the ticket tag are added. */
        CUSTOMER,
        /** A customer contact, without a ticket: no {@code ticket} variable and no tag. */
        CUSTOMER_WITHOUT_TICKET,
        /** The company's own staff, about a ticket or a customer; only the layout variables are common. */
        STAFF
    }

    /** Web pages rendered from {@code <language>/<name>.html.ftl}, shown after a signed link is opened. */
    public static final List<String> PAGES = List.of("page-approval", "page-survey");

    private final String templateName;
    private final Audience audience;
    private final Map<String, Object> sampleModel;

    MailEvent(String templateName, Audience audience, Map<String, Object> sampleModel) {
        this.templateName = templateName;
        this.audience = audience;
        this.sampleModel = sampleModel;
    }

    /** Returns the template base name, which is also the outbox kind of the mail. */
    public String templateName() {
        return templateName;
    }

    public Audience audience() {
        return audience;
    }

    /** Sample values of the event's own variables, in the shape the code passes them. */
    public Map<String, Object> sampleModel() {
        return sampleModel;
    }

    private static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(values);
    }

    private static Map<String, Object> sampleSurvey() {
        return Map.of("expiresAt", "Friday, 1 January 2027", "links", List.of(
                Map.of("rating", 1, "url", "https://support.example.test/p/surveys/sample/1"),
                Map.of("rating", 2, "url", "https://support.example.test/p/surveys/sample/2"),
                Map.of("rating", 3, "url", "https://support.example.test/p/surveys/sample/3"),
                Map.of("rating", 4, "url", "https://support.example.test/p/surveys/sample/4"),
                Map.of("rating", 5, "url", "https://support.example.test/p/surveys/sample/5")));
    }
}
