package ch.postdesk.notify;

import ch.postdesk.directory.DirectoryService;
import ch.postdesk.inbound.InboundProperties;
import ch.postdesk.outbox.OutboundProperties;
import ch.postdesk.outbox.OutgoingMail;
import ch.postdesk.threading.SubjectTag;
import ch.postdesk.ticket.Ticket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds mail to a ticket's customer from a template: the ticket tag in the subject, the
 * support mailbox as From and Reply-To, and threading headers that make the customer's client
 * group the answer with the message it answers.
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

    public CustomerMailComposer(TemplateRenderer renderer, TemplateProperties templates, DirectoryService directory,
            InboundProperties inbound, OutboundProperties outbound) {
        this.renderer = renderer;
        this.templates = templates;
        this.directory = directory;
        this.inbound = inbound;
        this.outbound = outbound;
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

        String subject = rendered.subject();
        if (!subject.contains("[" + ticket.getNumber() + "]")) {
            subject = SubjectTag.replySubject(ticket.getNumber(), subject);
        }
        List<String> references = new ArrayList<>(answeredReferences == null ? List.of() : answeredReferences);
        if (answered != null) {
            references.add(answered);
        }
        String fromAddress = senderAddress(ticket);
        return new OutgoingMail(event, List.of(recipient), List.of(), fromAddress, senderName(ticket), fromAddress,
                subject, rendered.text(), rendered.html(), rendered.language(), autoSubmitted, answered,
                trim(references), Map.of(), List.of());
    }

    private Map<String, Object> commonModel(Ticket ticket) {
        Map<String, Object> model = new HashMap<>();
        Map<String, Object> ticketModel = new HashMap<>();
        ticketModel.put("number", ticket.getNumber());
        ticketModel.put("subject", ticket.getSubject());
        ticketModel.put("status", ticket.getStatus().apiName());
        model.put("ticket", ticketModel);
        model.put("company", Map.of("name", directory.current().companyName()));
        model.put("signature", templates.signature() == null ? "" : templates.signature());
        var customer = directory.current().customer(ticket.getCustomerKey());
        model.put("customer", Map.of("name", customer.map(c -> c.name()).orElse(""),
                "known", customer.isPresent()));
        String contactName = ticket.getContactName();
        model.put("contact", Map.of("name", contactName == null ? "" : contactName,
                "address", ticket.getContactAddress() == null ? "" : ticket.getContactAddress()));
        return model;
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
