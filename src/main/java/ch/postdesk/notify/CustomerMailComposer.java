package ch.postdesk.notify;

import ch.postdesk.directory.DirectoryService;
import ch.postdesk.inbound.InboundProperties;
import ch.postdesk.outbox.OutboundProperties;
import ch.postdesk.outbox.OutgoingMail;
import ch.postdesk.threading.SubjectTag;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.ArticleRepository;
import ch.postdesk.ticket.Ticket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds mail from a template: to a ticket's customer with the ticket tag in the subject, the
 * support mailbox as From and Reply-To, and threading headers that make the customer's client
 * group the answer with the message it answers; to staff about a ticket or a customer; and to a
 * customer contact without a ticket.
 */
@Component
public class CustomerMailComposer {

    /** References headers are cut to this many IDs (the first and the most recent ones). */
    private static final int MAX_REFERENCES = 20;

    private final TemplateRenderer renderer;
    private final TemplateProperties templates;
    private final DirectoryService directory;
    private final InboundProperties inbound;
    private final OutboundProperties outbound;
    private final ArticleRepository articles;

    public CustomerMailComposer(TemplateRenderer renderer, TemplateProperties templates, DirectoryService directory,
            InboundProperties inbound, OutboundProperties outbound, ArticleRepository articles) {
        this.renderer = renderer;
        this.templates = templates;
        this.directory = directory;
        this.inbound = inbound;
        this.outbound = outbound;
        this.articles = articles;
    }

    /**
     * Renders {@code event} for {@code recipient}.
     *
     * @param answered Message-ID of the message this mail answers, or null
     * @param answeredReferences References of the answered message, oldest first
     * @param autoSubmitted {@code auto-replied}, {@code auto-generated}, or null for a person's answer
     * @param extraModel values the event's templates need beyond the common ones
     */
    public OutgoingMail compose(String event, Ticket ticket, String recipient, String answered,
            List<String> answeredReferences, String autoSubmitted, Map<String, Object> extraModel) {
        Map<String, Object> model = new HashMap<>(commonModel(ticket));
        model.putAll(extraModel);
        RenderedMail rendered = renderer.render(event, ticket.getLanguage(), model);

        List<String> references = new ArrayList<>(answeredReferences == null ? List.of() : answeredReferences);
        if (answered != null) {
            references.add(answered);
        }
        String fromAddress = senderAddress(ticket);
        return new OutgoingMail(event, List.of(recipient), List.of(), fromAddress, senderName(ticket), fromAddress,
                taggedSubject(ticket, rendered.subject()), rendered.text(), rendered.html(), rendered.language(),
                autoSubmitted, answered, trim(references), Map.of(), List.of());
    }

    /**
     * Renders {@code event} for the ticket's customer and threads it under the customer's latest
     * message in the ticket (or Postdesk's latest mail when the customer never wrote).
     */
    public OutgoingMail composeForTicket(MailEvent event, Ticket ticket, String recipient, String autoSubmitted,
            Map<String, Object> extraModel) {
        Article answered = threadParent(ticket);
        List<String> references = answered == null || answered.getReferencesIds() == null
                || answered.getReferencesIds().isBlank()
                ? List.of() : Arrays.asList(answered.getReferencesIds().trim().split("\\s+"));
        return compose(event.templateName(), ticket, recipient, answered == null ? null : answered.getMessageId(),
                references, autoSubmitted, extraModel);
    }

    /**
     * Renders a staff notification in the company's default language. The templates get only the
     * layout variables and {@code extraModel}. With a ticket the subject carries its tag; the mail
     * is always marked {@code Auto-Submitted: auto-generated}.
     */
    public OutgoingMail composeStaff(MailEvent event, Ticket ticket, List<String> recipients,
            Map<String, Object> extraModel) {
        return composeStaff(event, ticket, recipients, directory.current().defaultLanguage(), extraModel);
    }

    /** Renders a staff notification like {@link #composeStaff(MailEvent, Ticket, List, Map)}, in {@code language}. */
    public OutgoingMail composeStaff(MailEvent event, Ticket ticket, List<String> recipients, String language,
            Map<String, Object> extraModel) {
        Map<String, Object> model = new HashMap<>(layoutModel());
        model.putAll(extraModel);
        RenderedMail rendered = renderer.render(event.templateName(), language, model);
        String fromAddress = ticket == null ? outbound.fromAddress() : senderAddress(ticket);
        String fromName = ticket == null ? directory.current().companyName() + " Support" : senderName(ticket);
        String subject = ticket == null ? rendered.subject() : taggedSubject(ticket, rendered.subject());
        return new OutgoingMail(event.templateName(), recipients, List.of(), fromAddress, fromName, fromAddress,
                subject, rendered.text(), rendered.html(), rendered.language(), "auto-generated", null, List.of(),
                Map.of(), List.of());
    }

    /** Renders {@code event} for a customer contact outside any ticket, such as a customer-level survey. */
    public OutgoingMail composeWithoutTicket(MailEvent event, String language, String recipient, String customerKey,
            Map<String, Object> extraModel) {
        Map<String, Object> model = new HashMap<>(layoutModel());
        var customer = directory.current().customer(customerKey);
        model.put("customer", Map.of("name", customer.map(c -> c.name()).orElse(""), "known", customer.isPresent()));
        model.put("contact", Map.of("name", "", "address", recipient));
        model.putAll(extraModel);
        RenderedMail rendered = renderer.render(event.templateName(), language, model);
        String fromAddress = outbound.fromAddress();
        return new OutgoingMail(event.templateName(), List.of(recipient), List.of(), fromAddress,
                directory.current().companyName() + " Support", fromAddress, rendered.subject(), rendered.text(),
                rendered.html(), rendered.language(), "auto-generated", null, List.of(), Map.of(), List.of());
    }

    private Map<String, Object> commonModel(Ticket ticket) {
        Map<String, Object> model = new HashMap<>(layoutModel());
        Map<String, Object> ticketModel = new HashMap<>();
        ticketModel.put("number", ticket.getNumber());
        ticketModel.put("subject", ticket.getSubject());
        ticketModel.put("status", ticket.getStatus().apiName());
        model.put("ticket", ticketModel);
        var customer = directory.current().customer(ticket.getCustomerKey());
        model.put("customer", Map.of("name", customer.map(c -> c.name()).orElse(""),
                "known", customer.isPresent()));
        String contactName = ticket.getContactName();
        model.put("contact", Map.of("name", contactName == null ? "" : contactName,
                "address", ticket.getContactAddress() == null ? "" : ticket.getContactAddress()));
        return model;
    }

    /** The company name, signature, footer and links that every template's layout shows. */
    private Map<String, Object> layoutModel() {
        String companyName = directory.current().companyName();
        return layoutModel(companyName, templates);
    }

    static Map<String, Object> layoutModel(String companyName, TemplateProperties templates) {
        Map<String, Object> model = new HashMap<>();
        model.put("company", Map.of("name", companyName));
        model.put("signature", templates.signature());
        model.put("layout", Map.of("companyName", companyName, "signature", templates.signature(),
                "footer", templates.footer(),
                "links", templates.links().stream().map(l -> Map.of("label", l.label(), "url", l.url())).toList()));
        return model;
    }

    /** Sample values of the common variables, in the shape {@link #commonModel} builds them. */
    static Map<String, Object> sampleCommonModel(MailEvent.Audience audience, TemplateProperties templates) {
        Map<String, Object> model = new HashMap<>(layoutModel("Postdesk Demo Services", templates));
        if (audience == MailEvent.Audience.STAFF) {
            return model;
        }
        if (audience == MailEvent.Audience.CUSTOMER) {
            model.put("ticket", Map.of("number", "PD-1042", "subject", "Printer broken", "status", "open"));
        }
        model.put("customer", Map.of("name", "Acme", "known", true));
        model.put("contact", Map.of("name", "Jane Doe", "address", "jane@acme.test"));
        return model;
    }

    private Article threadParent(Ticket ticket) {
        List<Article> all = articles.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId());
        Article latestInbound = null;
        Article latestToCustomer = null;
        for (Article article : all) {
            // Internal notes, such as staff command mail, are no part of the customer's thread.
            if (article.isInternal()) {
                continue;
            }
            if (article.getDirection() == Article.Direction.INBOUND) {
                // Out-of-office replies and bounces are no part of the conversation either.
                if (!article.isAutomatic()) {
                    latestInbound = article;
                }
            } else {
                latestToCustomer = article;
            }
        }
        return latestInbound != null ? latestInbound : latestToCustomer;
    }

    private static String taggedSubject(Ticket ticket, String subject) {
        return subject.contains("[" + ticket.getNumber() + "]") ? subject
                : SubjectTag.replySubject(ticket.getNumber(), subject);
    }

    private String senderAddress(Ticket ticket) {
        return inbound.mailbox(ticket.getMailbox() == null ? "" : ticket.getMailbox())
                .map(InboundProperties.Mailbox::address)
                .orElse(outbound.fromAddress());
    }

    private String senderName(Ticket ticket) {
        return inbound.mailbox(ticket.getMailbox() == null ? "" : ticket.getMailbox())
                .map(InboundProperties.Mailbox::displayName)
                .filter(name -> name != null && !name.isBlank())
                .orElse(directory.current().companyName() + " Support");
    }

    private static List<String> trim(List<String> references) {
        if (references.size() <= MAX_REFERENCES) {
            return references;
        }
        List<String> trimmed = new ArrayList<>();
        trimmed.add(references.get(0));
        trimmed.addAll(references.subList(references.size() - (MAX_REFERENCES - 1), references.size()));
        return trimmed;
    }
}
