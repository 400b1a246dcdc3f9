package ch.postdesk.command;

import ch.postdesk.command.Command.Rejection;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.inbound.InboundProperties;
import ch.postdesk.outbox.OutboundProperties;
import ch.postdesk.outbox.OutgoingMail;
import ch.postdesk.routing.RoutingProperties;
import ch.postdesk.security.ReplyToken;
import ch.postdesk.ticket.Ticket;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Builds the English staff mail of the command feature: the confirmation to the sender of a
 * command mail, the notice to an agent whose address sent a mail that could not be verified, and
 * the escalation alert. Each goes to one recipient, with a Reply-To token for that recipient.
 */
@Component
public class CommandMailComposer {

    /** Outbox kind of the confirmation of a command mail. */
    public static final String CONFIRMATION = "command-confirmation";

    /** Outbox kind of the notice about an unverified mail sent with an agent's address. */
    public static final String UNVERIFIED_NOTICE = "command-unverified";

    /** Outbox kind of the alert that {@code #escalate} sends. */
    public static final String ESCALATION = "escalation";

    private final DirectoryService directory;
    private final InboundProperties inbound;
    private final OutboundProperties outbound;
    private final RoutingProperties routing;
    private final ReplyToken replyToken;

    public CommandMailComposer(DirectoryService directory, InboundProperties inbound, OutboundProperties outbound,
            RoutingProperties routing, ReplyToken replyToken) {
        this.directory = directory;
        this.inbound = inbound;
        this.outbound = outbound;
        this.routing = routing;
        this.replyToken = replyToken;
    }

    /**
     * One applied command for the confirmation.
     *
     * @param line the command line as written
     * @param outcome what was done, such as "status resolved"
     */
    public record Applied(String line, String outcome) {
    }

    /** Builds the confirmation of a command mail: what was applied and what was rejected, with the syntax to use. */
    public OutgoingMail confirmation(Ticket ticket, String recipient, String commandMessageId, List<String> references,
            List<Applied> applied, List<Rejection> rejected, boolean help) {
        StringBuilder text = new StringBuilder();
        text.append("Your commands for ticket ").append(ticket.getNumber()).append(" (").append(ticket.getSubject())
                .append(")\n\n");
        if (!applied.isEmpty()) {
            text.append("Applied:\n");
            applied.forEach(item -> text.append("  ").append(item.line()).append("\n      ").append(item.outcome())
                    .append('\n'));
        }
        if (!rejected.isEmpty()) {
            text.append(applied.isEmpty() ? "" : "\n").append("Rejected:\n");
            for (Rejection rejection : rejected) {
                text.append("  ").append(rejection.line().line()).append("\n      ").append(rejection.reason())
                        .append("\n      Syntax: ").append(rejection.syntax()).append('\n');
            }
        }
        if (help) {
            text.append('\n').append(helpText());
        }
        text.append("\nReply to this mail with corrected commands; they apply to ").append(ticket.getNumber())
                .append(".\n").append(routing.ticketLink(ticket.getNumber())).append('\n');
        String subject = "[" + ticket.getNumber() + "] Commands: " + applied.size() + " applied"
                + (rejected.isEmpty() ? "" : ", " + rejected.size() + " rejected");
        return mail(CONFIRMATION, ticket, recipient, subject, text.toString(), commandMessageId, references,
                "auto-replied");
    }

    /**
     * Tells the agent whose address a mail used that the mail could not be verified, so that its
     * commands were not executed. A reply to this notice carries the agent's own token.
     */
    public OutgoingMail unverifiedNotice(Ticket ticket, String recipient, String claimedSender, String messageId,
            String reason, List<String> commandLines) {
        StringBuilder text = new StringBuilder();
        text.append("A mail from ").append(claimedSender == null ? "an unknown sender" : claimedSender)
                .append(" about ticket ").append(ticket.getNumber()).append(" (").append(ticket.getSubject())
                .append(") could not be verified.\n")
                .append("Reason: ").append(reason).append("\n")
                .append("Message-ID: <").append(messageId).append(">\n\n")
                .append("It was stored as an unverified internal note. These commands were not executed:\n");
        commandLines.forEach(line -> text.append("  ").append(line).append('\n'));
        text.append("\nIf you sent it, reply to this mail with the commands again: replies to this mail carry your")
                .append(" reply token.\nIf you did not send it, someone used your address; tell the support lead.\n\n")
                .append(routing.ticketLink(ticket.getNumber())).append('\n');
        return mail(UNVERIFIED_NOTICE, ticket, recipient, "[" + ticket.getNumber() + "] Unverified mail with your"
                + " address: commands not executed", text.toString(), null, List.of(), "auto-replied");
    }

    /** Alerts the support lead or an account manager that an agent escalated the ticket. */
    public OutgoingMail escalation(Ticket ticket, String recipient, String escalatedBy, String reason) {
        String customer = directory.current().customer(ticket.getCustomerKey()).map(c -> c.name())
                .orElse(ticket.getContactAddress() == null ? "an unknown sender" : ticket.getContactAddress());
        String text = escalatedBy + " escalated ticket " + ticket.getNumber() + " (" + ticket.getSubject() + ").\n"
                + "Reason: " + reason + "\n\n"
                + "Customer: " + customer + "\n"
                + "Status:   " + ticket.getStatus().apiName() + "\n"
                + "Priority: " + (ticket.getPriority() == null ? "not set" : ticket.getPriority()) + "\n"
                + "Team:     " + (ticket.getTeamKey() == null ? "none" : ticket.getTeamKey()) + "\n"
                + "Assignee: " + (ticket.getAssignee() == null ? "none" : ticket.getAssignee()) + "\n\n"
                + "Replies to this mail reach the ticket as internal notes, and command lines at the top run as"
                + " commands.\n" + routing.ticketLink(ticket.getNumber()) + "\n";
        return mail(ESCALATION, ticket, recipient, "[" + ticket.getNumber() + "] Escalated: " + ticket.getSubject(),
                text, null, List.of(), "auto-generated");
    }

    /** Returns the list of commands with their syntax, as {@code #help} sends it. */
    public static String helpText() {
        StringBuilder text = new StringBuilder("Commands: write them at the top of your reply, one per line, before"
                + " any other text.\n");
        for (CommandName command : CommandName.values()) {
            text.append("  ").append(command.syntax()).append("\n      ").append(command.description()).append('\n');
        }
        return text.toString();
    }

    private OutgoingMail mail(String kind, Ticket ticket, String recipient, String subject, String text,
            String inReplyTo, List<String> references, String autoSubmitted) {
        String from = inbound.mailbox(ticket.getMailbox() == null ? "" : ticket.getMailbox())
                .map(InboundProperties.Mailbox::address)
                .orElse(outbound.fromAddress());
        List<String> threading = new ArrayList<>(references);
        if (inReplyTo != null && !threading.contains(inReplyTo)) {
            threading.add(inReplyTo);
        }
        return new OutgoingMail(kind, List.of(recipient), List.of(), from, directory.current().companyName()
                + " Postdesk", replyToken.replyAddress(from, ticket.getNumber(), recipient), subject, text, null, "en",
                autoSubmitted, inReplyTo, threading, null, null);
    }
}
