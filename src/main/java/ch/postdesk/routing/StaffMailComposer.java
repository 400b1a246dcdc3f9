package ch.postdesk.routing;

import ch.postdesk.content.BlobStore;
import ch.postdesk.content.BlobStore.BlobTable;
import ch.postdesk.content.MailContent;
import ch.postdesk.approval.ApprovalRequest;
import ch.postdesk.approval.ApprovalRequestRepository;
import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryFile.Team;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.inbound.InboundProperties;
import ch.postdesk.outbox.OutboundProperties;
import ch.postdesk.outbox.OutgoingMail;
import ch.postdesk.outbox.OutgoingMail.OutgoingAttachment;
import ch.postdesk.security.ReplyToken;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.Attachment;
import ch.postdesk.ticket.Ticket;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the English mail Postdesk sends to its own staff: refined tasks for team queues,
 * reassignment notices, hand-offs and notices to account managers, on-call pages and their
 * escalation. Each mail goes to one recipient and carries a Reply-To with a token for that
 * recipient and ticket, so that answers come back as internal notes.
 */
@Component
public class StaffMailComposer {

    private static final Logger log = LoggerFactory.getLogger(StaffMailComposer.class);

    private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm",
            Locale.ENGLISH);

    private final DirectoryService directory;
    private final InboundProperties inbound;
    private final OutboundProperties outbound;
    private final RoutingProperties properties;
    private final ReplyToken replyToken;
    private final ApprovalRequestRepository approvals;

    private final BlobStore blobs;

    public StaffMailComposer(DirectoryService directory, InboundProperties inbound, OutboundProperties outbound,
            RoutingProperties properties, ReplyToken replyToken, ApprovalRequestRepository approvals, BlobStore blobs) {
        this.blobs = blobs;
        this.directory = directory;
        this.approvals = approvals;
        this.inbound = inbound;
        this.outbound = outbound;
        this.properties = properties;
        this.replyToken = replyToken;
    }

    /**
     * Builds the refined task: header block, the customer's text, the original attachments that fit
     * {@code postdesk.routing.max-attached-size} with links to the others, and the reply instructions.
     */
    public OutgoingMail teamTask(Ticket ticket, Team team, Article request, List<Attachment> attachments) {
        AttachmentSelection selection = selectAttachments(ticket, attachments);
        StringBuilder text = new StringBuilder();
        text.append("Task ").append(ticket.getNumber()).append(" for team ").append(teamName(team)).append("\n\n");
        text.append(headerBlock(ticket));
        text.append("\n--- Customer's message ---\n");
        text.append(visibleText(request)).append("\n");
        appendAttachmentLists(text, ticket, selection);
        text.append("\n--- How to answer ---\n").append(properties.commandReminder()).append("\n");
        text.append("\n").append(properties.ticketLink(ticket.getNumber())).append("\n");
        return mail("team-task", ticket, team.queueAddress(),
                "[" + ticket.getNumber() + "] Task: " + ticket.getSubject(), text.toString(), files(selection));
    }

    /** Tells the previous team that the ticket has moved and needs nothing more from them. */
    public OutgoingMail reassignedNotice(Ticket ticket, Team oldTeam, Team newTeam, String actor) {
        String text = "Ticket " + ticket.getNumber() + " (" + ticket.getSubject() + ") has moved from team "
                + teamName(oldTeam) + " to team " + teamName(newTeam) + " by " + actor + ".\n"
                + "Your team needs to do nothing more on it. Replies to this mail still reach the ticket as "
                + "internal notes.\n\n" + properties.ticketLink(ticket.getNumber()) + "\n";
        return mail("team-reassigned", ticket, oldTeam.queueAddress(),
                "[" + ticket.getNumber() + "] Moved to team " + teamName(newTeam), text, List.of());
    }

    /**
     * Hands new business to an account manager with the customer's request, contact and attachments,
     * attached up to {@code postdesk.routing.max-attached-size} and linked beyond it.
     */
    public OutgoingMail accountManagerHandoff(Ticket ticket, String manager, Article request,
            List<Attachment> attachments) {
        AttachmentSelection selection = selectAttachments(ticket, attachments);
        StringBuilder text = new StringBuilder();
        text.append("New business from ").append(customerLine(ticket)).append(".\n")
                .append("Please contact the customer; they were told that their account manager will get in touch.\n")
                .append("The ticket stays in state with-account-manager until an agent closes it.\n\n")
                .append(headerBlock(ticket))
                .append("\n--- Customer's request ---\n").append(visibleText(request)).append("\n");
        appendAttachmentLists(text, ticket, selection);
        text.append("\n--- How to answer ---\n").append(properties.commandReminder()).append("\n\n")
                .append(properties.ticketLink(ticket.getNumber())).append("\n");
        return mail("account-manager-handoff", ticket, manager,
                "[" + ticket.getNumber() + "] New business: " + ticket.getSubject(), text.toString(),
                files(selection));
    }

    /** Informs an account manager about a ticket of their customer; no action is expected. */
    public OutgoingMail accountManagerNotice(Ticket ticket, String manager, Article request) {
        String text = "For your information: " + customerLine(ticket) + " wrote to support.\n"
                + "Support handles the ticket; you need not act.\n\n" + headerBlock(ticket)
                + "\n--- Customer's message ---\n" + visibleText(request) + "\n\n"
                + properties.ticketLink(ticket.getNumber()) + "\n";
        return mail("account-manager-notice", ticket, manager,
                "[" + ticket.getNumber() + "] FYI: " + ticket.getSubject(), text, List.of());
    }

    /** A short page that reads well on a phone: what, who, how urgent, the link, and how to acknowledge. */
    public OutgoingMail page(Ticket ticket, String address) {
        String text = priorityOrDash(ticket) + " " + (ticket.getType() == null ? "ticket" : ticket.getType()) + " "
                + ticket.getNumber() + " for " + customerName(ticket) + ": " + shorten(ticket.getSubject(), 80) + "\n"
                + "Contact: " + contact(ticket) + "\n"
                + properties.ticketLink(ticket.getNumber()) + "\n"
                + "Reply to acknowledge.\n";
        return mail("on-call-page", ticket, address,
                "[" + ticket.getNumber() + "] " + priorityOrDash(ticket) + " " + shorten(ticket.getSubject(), 60),
                text, List.of());
    }

    /** Pages the support lead because nobody acknowledged the on-call page in time. */
    public OutgoingMail escalation(Ticket ticket, String lead, String pagedAddress, Duration waited) {
        String text = "Nobody acknowledged the page for " + ticket.getNumber() + " within " + minutes(waited) + ".\n"
                + priorityOrDash(ticket) + " " + (ticket.getType() == null ? "ticket" : ticket.getType()) + " for "
                + customerName(ticket) + ": " + shorten(ticket.getSubject(), 80) + "\n"
                + "Paged: " + pagedAddress + "\n"
                + properties.ticketLink(ticket.getNumber()) + "\n"
                + "Reply to acknowledge.\n";
        return mail("on-call-escalation", ticket, lead,
                "[" + ticket.getNumber() + "] Unacknowledged " + priorityOrDash(ticket) + " page", text, List.of());
    }

    private AttachmentSelection selectAttachments(Ticket ticket, List<Attachment> attachments) {
        long maxBytes = properties.maxAttachedSize().toBytes();
        AttachmentSelection selection = AttachmentSelection.bySize(attachments, maxBytes);
        if (!selection.linked().isEmpty()) {
            log.info("Ticket {}: linked {} of {} attachment(s) instead of attaching them, because"
                    + " postdesk.routing.max-attached-size is {}", ticket.getNumber(), selection.linked().size(),
                    attachments.size(), size(maxBytes));
        }
        return selection;
    }

    /** Appends the list of attached files and the list of linked files, each only when it is not empty. */
    private void appendAttachmentLists(StringBuilder text, Ticket ticket, AttachmentSelection selection) {
        if (!selection.attached().isEmpty()) {
            text.append("\n--- Attachments (").append(selection.attached().size())
                    .append(", attached to this mail) ---\n");
            selection.attached().forEach(file -> text.append("- ").append(describe(file)).append("\n"));
        }
        if (!selection.linked().isEmpty()) {
            text.append("\n--- Attachments not attached (").append(selection.linked().size())
                    .append(", attached files are limited to ").append(size(properties.maxAttachedSize().toBytes()))
                    .append(" in total) ---\n");
            selection.linked().forEach(file -> text.append("- ").append(describe(file)).append(", download: ")
                    .append(downloadLink(ticket, file)).append("\n"));
        }
    }

    private static String describe(Attachment file) {
        return file.getFilename() + " (" + file.getContentType() + ", " + size(file.getSize()) + ")";
    }

    /** Returns the attachment's download link, or the ticket link for a file not yet saved and so without id. */
    private String downloadLink(Ticket ticket, Attachment file) {
        return file.getId() == null ? properties.ticketLink(ticket.getNumber())
                : properties.attachmentLink(ticket.getNumber(), file.getId());
    }

    /**
     * Copies the content of the attached files into the mail. Linked files are never read: the
     * attachment entity does not hold its content, which is read here only for files that fit.
     */
    private List<OutgoingAttachment> files(AttachmentSelection selection) {
        return selection.attached().stream()
                .map(file -> new OutgoingAttachment(file.getFilename(), file.getContentType(), content(file)))
                .toList();
    }

    /**
     * Returns the file's content. A file stored in this transaction still has it at hand, and an
     * older one is read from the database.
     */
    private byte[] content(Attachment file) {
        MailContent pending = file.pendingContent();
        return pending != null ? pending.bytes() : blobs.read(BlobTable.ATTACHMENT, file.getId());
    }

    private OutgoingMail mail(String kind, Ticket ticket, String recipient, String subject, String text,
            List<OutgoingAttachment> attachments) {
        String from = senderAddress(ticket);
        String replyTo = replyToken.replyAddress(from, ticket.getNumber(), recipient);
        return new OutgoingMail(kind, List.of(recipient), List.of(), from, directory.current().companyName() + " Postdesk",
                replyTo, subject, text, null, "en", "auto-generated", null, List.of(), null, attachments);
    }

    /** Returns the address of the mailbox the ticket came through; team replies must reach a polled mailbox. */
    String senderAddress(Ticket ticket) {
        return inbound.mailbox(ticket.getMailbox() == null ? "" : ticket.getMailbox())
                .map(InboundProperties.Mailbox::address)
                .orElse(outbound.fromAddress());
    }

    private String headerBlock(Ticket ticket) {
        StringBuilder block = new StringBuilder();
        line(block, "Ticket", ticket.getNumber());
        line(block, "Subject", ticket.getSubject());
        line(block, "Customer", customerLine(ticket));
        line(block, "Contact", contact(ticket));
        line(block, "Type", ticket.getType() == null ? "not set" : ticket.getType());
        line(block, "Priority", ticket.getPriority() == null ? "not set" : ticket.getPriority());
        line(block, "Due", due(ticket));
        line(block, "Team", ticket.getTeamKey() == null ? "none" : ticket.getTeamKey());
        line(block, "Assignee", ticket.getAssignee() == null ? "none" : ticket.getAssignee());
        if (!ticket.getTags().isEmpty()) {
            line(block, "Tags", String.join(", ", ticket.getTags()));
        }
        appendApproval(block, ticket);
        return block.toString();
    }

    /**
     * Adds the approval lines: the state of the latest approval request, and the scope, timeline
     * and cost the customer approved (the agreed scope and its constraints).
     */
    private void appendApproval(StringBuilder block, Ticket ticket) {
        List<ApprovalRequest> requests = ticket.getId() == null ? List.of()
                : approvals.findByTicketIdOrderByIdDesc(ticket.getId());
        if (requests.isEmpty()) {
            line(block, "Approval", "not requested");
        } else {
            ApprovalRequest latest = requests.get(0);
            String state = switch (latest.getStatus()) {
                case PENDING -> "pending, requested by " + latest.getRequestedBy();
                case APPROVED -> "approved by " + latest.getDecidedBy();
                case DECLINED -> "declined by " + latest.getDecidedBy();
                case SUPERSEDED -> "superseded";
            };
            line(block, "Approval", state);
        }
        Optional<ApprovalRequest> approved = requests.stream()
                .filter(r -> r.getStatus() == ApprovalRequest.Status.APPROVED).findFirst();
        line(block, "Agreed scope", approved.map(ApprovalRequest::getScope).orElse("none recorded"));
        line(block, "Constraints", approved.map(r -> "timeline " + r.getTimeline() + "; cost " + r.getCost())
                .orElse("none recorded"));
    }

    private String due(Ticket ticket) {
        Directory current = directory.current();
        Optional<Customer> customer = current.customer(ticket.getCustomerKey());
        Optional<Duration> responseTime = customer.flatMap(current::responseTime);
        if (responseTime.isEmpty()) {
            return "no service level known";
        }
        ZoneId zone = customer.map(c -> c.timeZone() == null ? current.defaultZone() : ZoneId.of(c.timeZone()))
                .orElse(current.defaultZone());
        return "first answer by " + DUE_FORMAT.format(ticket.getCreatedAt().plus(responseTime.get()).atZone(zone))
                + " " + zone.getId() + " (tier " + customer.get().tier() + ": " + minutes(responseTime.get()) + ")";
    }

    private String customerLine(Ticket ticket) {
        return directory.current().customer(ticket.getCustomerKey())
                .map(c -> c.name() + (c.tier() == null ? "" : " (tier " + c.tier() + ")"))
                .orElse("an unknown sender");
    }

    private String customerName(Ticket ticket) {
        return directory.current().customer(ticket.getCustomerKey()).map(Customer::name).orElse("unknown sender");
    }

    private static String contact(Ticket ticket) {
        if (ticket.getContactAddress() == null) {
            return "unknown";
        }
        return ticket.getContactName() == null || ticket.getContactName().isBlank() ? ticket.getContactAddress()
                : ticket.getContactName() + " <" + ticket.getContactAddress() + ">";
    }

    private String teamName(Team team) {
        return team.name() == null ? team.key() : team.name();
    }

    private static String visibleText(Article article) {
        if (article == null || article.getVisibleText() == null || article.getVisibleText().isBlank()) {
            return "(no text)";
        }
        return article.getVisibleText().strip();
    }

    private static String priorityOrDash(Ticket ticket) {
        return ticket.getPriority() == null ? "-" : ticket.getPriority();
    }

    private static void line(StringBuilder block, String label, String value) {
        block.append(String.format(Locale.ROOT, "%-13s %s", label + ":", value)).append('\n');
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String shorten(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }
}
