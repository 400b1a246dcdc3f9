package ch.postdesk.command;

import ch.postdesk.approval.ApprovalRequest;
import ch.postdesk.approval.ApprovalService;
import ch.postdesk.command.Command.Rejection;
import ch.postdesk.command.CommandMailComposer.Applied;
import ch.postdesk.command.CommandParser.CommandLine;
import ch.postdesk.command.CommandValidator.Plan;
import ch.postdesk.communication.CommunicationProperties;
import ch.postdesk.communication.CustomerReplyService;
import ch.postdesk.communication.StatusChangeService;
import ch.postdesk.communication.TicketLink;
import ch.postdesk.communication.TicketLinkRepository;
import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryFile.Agent;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.inbound.InboundMail;
import ch.postdesk.notify.OwnAddresses;
import ch.postdesk.outbox.OutboxService;
import ch.postdesk.parsing.ParsedMail;
import ch.postdesk.routing.AccountManagerHandoff;
import ch.postdesk.routing.TeamAssignment;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import ch.postdesk.ticket.TicketStatus;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the commands of a staff mail inside the store transaction of
 * {@link ch.postdesk.inbound.TicketWriter}, after the mail was stored as an internal note.
 *
 * <p>A verified mail's commands are validated first, then applied: field changes, links,
 * escalation, approval and the upsell hand-off in the order written, then {@code #team} (so the
 * refined task shows the new fields), then {@code #reply} and the status change, then
 * {@code #merge}. The sender gets one confirmation unless every command was applied and their
 * directory entry sets {@code confirmations: errors-only}.
 *
 * <p>An unverified mail runs nothing: its note is flagged unverified, a security event is stored,
 * and when it contained commands the agent whose address it used is told.
 */
@Component
public class CommandExecutor {

    /** Kind of the link that {@code #link} creates. */
    public static final String RELATED = "related";

    private static final Logger log = LoggerFactory.getLogger(CommandExecutor.class);

    private final DirectoryService directory;
    private final TicketRepository tickets;
    private final HistoryRecorder history;
    private final OutboxService outbox;
    private final CommandMailComposer composer;
    private final SecurityEventRepository securityEvents;
    private final CustomerReplyService replies;
    private final StatusChangeService statusChanges;
    private final ApprovalService approvals;
    private final TeamAssignment teams;
    private final AccountManagerHandoff accountManagers;
    private final TicketLinkRepository links;
    private final TicketMerge merges;
    private final CommandProperties properties;
    private final CommunicationProperties communication;
    private final OwnAddresses ownAddresses;
    private final Clock clock;

    public CommandExecutor(DirectoryService directory, TicketRepository tickets, HistoryRecorder history,
            OutboxService outbox, CommandMailComposer composer, SecurityEventRepository securityEvents,
            CustomerReplyService replies, StatusChangeService statusChanges, ApprovalService approvals,
            TeamAssignment teams, AccountManagerHandoff accountManagers, TicketLinkRepository links, TicketMerge merges,
            CommandProperties properties, CommunicationProperties communication, OwnAddresses ownAddresses,
            Clock clock) {
        this.directory = directory;
        this.tickets = tickets;
        this.history = history;
        this.outbox = outbox;
        this.composer = composer;
        this.securityEvents = securityEvents;
        this.replies = replies;
        this.statusChanges = statusChanges;
        this.approvals = approvals;
        this.teams = teams;
        this.accountManagers = accountManagers;
        this.links = links;
        this.merges = merges;
        this.properties = properties;
        this.communication = communication;
        this.ownAddresses = ownAddresses;
        this.clock = clock;
    }

    /** Acts on the staff mail {@code mail}, stored as {@code article} of {@code ticket}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void execute(Ticket ticket, InboundMail mail, Article article) {
        CommandMail command = mail.commandMail();
        if (!command.authentication().verified()) {
            rejectUnverified(ticket, mail.parsed(), article, command);
            return;
        }
        if (!command.block().hasCommands()) {
            return;
        }
        Plan plan = CommandValidator.validate(command.block(), context(ticket, command));
        List<Applied> applied = apply(ticket, article, command.sender(), plan);
        history.record(ticket, "commands", command.sender(), summary(applied, plan.rejected()));
        log.info("Commands in <{}> by {} for ticket {}: {} applied, {} rejected", mail.messageId(), command.sender(),
                ticket.getNumber(), applied.size(), plan.rejected().size());
        confirm(ticket, mail.parsed(), command, plan, applied);
    }

    private CommandValidator.Context context(Ticket ticket, CommandMail command) {
        Directory current = directory.current();
        Set<CommandName> allowed = CommandPermissions.allowed(command.agent(), properties.teamMemberCommands(),
                communication.teamMembersMayRequestApprovals());
        String contact = ticket.getContactAddress();
        boolean hasContact = contact != null && !contact.isBlank() && !ownAddresses.contains(contact);
        ZoneId zone = current.customer(ticket.getCustomerKey())
                .map(customer -> customer.timeZone() == null ? current.defaultZone() : ZoneId.of(customer.timeZone()))
                .orElse(current.defaultZone());
        return new CommandValidator.Context(current, command.sender(), allowed,
                CommandPermissions.describe(command.agent()), ticket.getNumber(), hasContact, zone, clock.instant(),
                number -> tickets.findByNumber(number).isPresent());
    }

    private List<Applied> apply(Ticket ticket, Article article, String sender, Plan plan) {
        List<Applied> applied = new ArrayList<>();
        Command.Team team = null;
        Command.Reply reply = null;
        Command.Status status = null;
        Command.Upsell upsell = null;
        Command.Merge merge = null;
        for (Command command : plan.accepted()) {
            if (command instanceof Command.Team c) {
                team = c;
            } else if (command instanceof Command.Reply c) {
                reply = c;
            } else if (command instanceof Command.Status c) {
                status = c;
            } else if (command instanceof Command.Merge c) {
                merge = c;
            } else if (command instanceof Command.Upsell c) {
                upsell = c;
                ticket.setType("upsell");
                List<String> managers = accountManagers.sendHandoff(ticket, null);
                history.record(ticket, "handed-to-account-manager", sender, "new business sent to " + managers);
                applied.add(new Applied(c.line().line(), "type upsell; hand-off sent to " + managers
                        + "; status with-account-manager follows"));
            } else {
                applied.add(new Applied(command.line().line(), applyField(ticket, command, sender)));
            }
        }

        if (team != null) {
            applied.add(new Applied(team.line().line(), assignTeam(ticket, team, sender, article)));
        }

        TicketStatus newStatus = status != null ? status.status()
                : upsell != null ? TicketStatus.WITH_ACCOUNT_MANAGER : null;
        if (reply != null) {
            Article sent = replies.reply(ticket, sender, reply.text(), newStatus);
            applied.add(new Applied(reply.line().line(), "sent to " + ticket.getContactAddress() + " as <"
                    + sent.getMessageId() + ">"));
        } else if (newStatus != null) {
            boolean changed = statusChanges.change(ticket, newStatus, sender, null, true);
            if (status != null) {
                applied.add(new Applied(status.line().line(), changed ? "status " + newStatus.apiName()
                        + "; the customer is informed where the status has a mail" : "status was already "
                        + newStatus.apiName()));
            }
        }
        if (reply != null && status != null) {
            applied.add(new Applied(status.line().line(), "status " + status.status().apiName() + " (with the reply,"
                    + " no separate status mail)"));
        }

        if (merge != null) {
            Ticket target = tickets.findByNumber(merge.targetNumber()).flatMap(t -> tickets.findByIdForUpdate(t.getId()))
                    .orElseThrow();
            int moved = merges.merge(ticket, target, sender);
            applied.add(new Applied(merge.line().line(), moved + " article(s) moved to " + target.getNumber()
                    + "; this ticket is closed"));
        }
        ticket.touch(clock.instant());
        return applied;
    }

    /** Applies a command that changes the ticket itself or informs others, and returns what it did. */
    private String applyField(Ticket ticket, Command command, String sender) {
        if (command instanceof Command.Note) {
            return "kept as internal note";
        } else if (command instanceof Command.Help) {
            return "command list below";
        } else if (command instanceof Command.Priority c) {
            return change(ticket, "priority", ticket.getPriority(), c.priority(), sender,
                    () -> ticket.setPriority(c.priority()));
        } else if (command instanceof Command.Type c) {
            return change(ticket, "type", ticket.getType(), c.type(), sender, () -> ticket.setType(c.type()));
        } else if (command instanceof Command.Customer c) {
            return change(ticket, "customer", ticket.getCustomerKey(), c.customerKey(), sender,
                    () -> ticket.setCustomerKey(c.customerKey()));
        } else if (command instanceof Command.Assign c) {
            return change(ticket, "assignee", ticket.getAssignee(), c.assignee(), sender,
                    () -> ticket.setAssignee(c.assignee()));
        } else if (command instanceof Command.Due c) {
            return change(ticket, "due", ticket.getDueAt() == null ? null : ticket.getDueAt().toString(),
                    c.due() == null ? null : c.due().toString(), sender, () -> ticket.setDueAt(c.due()));
        } else if (command instanceof Command.Tag c) {
            return tag(ticket, c, sender);
        } else if (command instanceof Command.Link c) {
            return link(ticket, c, sender);
        } else if (command instanceof Command.Escalate c) {
            return escalate(ticket, c, sender);
        } else if (command instanceof Command.Approval c) {
            ApprovalRequest request = approvals.request(ticket, c.scope(), c.timeline(), c.cost(), sender);
            return "approval request #" + request.getId() + " sent to " + request.getRecipient();
        }
        throw new IllegalStateException("command " + command.name() + " is applied elsewhere");
    }

    private String change(Ticket ticket, String field, String before, String after, String sender, Runnable setter) {
        if (Objects.equals(before, after)) {
            return field + " was already " + (after == null ? "empty" : after);
        }
        setter.run();
        history.record(ticket, field + "-changed", sender, (before == null ? "none" : before) + " -> "
                + (after == null ? "none" : after));
        return field + " " + (after == null ? "cleared" : after);
    }

    private String tag(Ticket ticket, Command.Tag command, String sender) {
        Set<String> added = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        command.add().stream().sorted().filter(tag -> ticket.getTags().add(tag)).forEach(added::add);
        command.remove().stream().sorted().filter(tag -> ticket.getTags().remove(tag)).forEach(removed::add);
        String outcome = "added " + (added.isEmpty() ? "none" : String.join(", ", added)) + "; removed "
                + (removed.isEmpty() ? "none" : String.join(", ", removed));
        if (!added.isEmpty() || !removed.isEmpty()) {
            history.record(ticket, "tags-changed", sender, outcome);
        }
        return outcome;
    }

    private String link(Ticket ticket, Command.Link command, String sender) {
        Ticket target = tickets.findByNumber(command.targetNumber()).orElseThrow();
        links.save(new TicketLink(ticket.getId(), target.getId(), RELATED, clock.instant()));
        history.record(ticket, "ticket-linked", sender, "linked to " + target.getNumber());
        history.record(target, "ticket-linked", sender, "linked from " + ticket.getNumber());
        return "linked to " + target.getNumber();
    }

    /** Alerts the support lead and the customer's account managers; records an {@code escalation} history event. */
    private String escalate(Ticket ticket, Command.Escalate command, String sender) {
        Directory current = directory.current();
        Set<String> recipients = new LinkedHashSet<>();
        current.supportLead().map(lead -> lead.address()).filter(Objects::nonNull).map(Directory::normalize)
                .ifPresent(recipients::add);
        recipients.addAll(current.accountManagersOf(current.customer(ticket.getCustomerKey()).orElse(null)));
        for (String recipient : recipients) {
            outbox.enqueue(ticket, composer.escalation(ticket, recipient, sender, command.reason()), true);
        }
        history.record(ticket, "escalation", sender, command.reason() + "; alerted "
                + (recipients.isEmpty() ? "nobody (no support lead or account manager in the directory)" : recipients));
        log.info("Ticket {} escalated by {}; alerted {}", ticket.getNumber(), sender, recipients);
        return recipients.isEmpty() ? "recorded; nobody to alert: the directory has no support lead or account manager"
                : "alerted " + String.join(", ", recipients);
    }

    private String assignTeam(Ticket ticket, Command.Team command, String sender, Article article) {
        String previous = ticket.getTeamKey();
        if (command.teamKey().equals(previous)) {
            return "team was already " + previous;
        }
        teams.assign(ticket, previous, command.teamKey(), sender, null);
        return "team " + command.teamKey() + "; refined task sent" + (previous == null ? "" : ", team " + previous
                + " informed");
    }

    private void confirm(Ticket ticket, ParsedMail parsed, CommandMail command, Plan plan, List<Applied> applied) {
        boolean help = plan.has(CommandName.HELP);
        Agent agent = command.agent();
        boolean errorsOnly = agent != null && Agent.CONFIRM_ERRORS_ONLY.equals(agent.confirmations());
        if (errorsOnly && plan.rejected().isEmpty() && !help) {
            return;
        }
        outbox.enqueue(ticket, composer.confirmation(ticket, command.sender(), parsed.messageId(), parsed.references(),
                applied, plan.rejected(), help), true);
        history.record(ticket, "command-confirmation-queued", null, "to " + command.sender());
    }

    private void rejectUnverified(Ticket ticket, ParsedMail parsed, Article article, CommandMail command) {
        Authentication authentication = command.authentication();
        List<String> lines = command.block().commands().stream().map(CommandLine::line).toList();
        article.setUnverified(true);
        history.record(ticket, "unverified-staff-mail", command.sender(), authentication.detail()
                + (lines.isEmpty() ? "" : "; commands not executed: " + String.join(" | ", lines)));
        securityEvents.save(new SecurityEvent(SecurityEvent.UNVERIFIED_STAFF_MAIL, ticket.getId(), parsed.messageId(),
                command.sender(), authentication, String.join("\n", lines), clock.instant()));
        log.warn("Staff mail <{}> from {} for ticket {} is not verified ({}; token {}); {} command(s) not executed",
                parsed.messageId(), command.sender(), ticket.getNumber(), authentication.source().apiName(),
                authentication.tokenState().apiName(), lines.size());
        if (lines.isEmpty()) {
            return;
        }
        Optional<String> owner = realOwner(command.sender(), authentication);
        if (owner.isEmpty()) {
            return;
        }
        outbox.enqueue(ticket, composer.unverifiedNotice(ticket, owner.get(), command.sender(), parsed.messageId(),
                authentication.detail(), lines), true);
        history.record(ticket, "unverified-notice-queued", null, "to " + owner.get());
    }

    /**
     * Returns the directory address to tell about an unverified mail: the claimed sender's own
     * address when it is a staff address, else the address a genuine token in the mail was issued to.
     */
    private Optional<String> realOwner(String sender, Authentication authentication) {
        Directory current = directory.current();
        if (sender != null && current.staffAddresses().contains(Directory.normalize(sender))) {
            return Optional.of(Directory.normalize(sender));
        }
        return Optional.ofNullable(authentication.tokenRecipient());
    }

    private static String summary(List<Applied> applied, List<Rejection> rejected) {
        return "applied: " + (applied.isEmpty() ? "none" : applied.stream().map(Applied::line)
                .collect(Collectors.joining(" | "))) + "; rejected: " + (rejected.isEmpty() ? "none"
                : rejected.stream().map(r -> r.line().line() + " (" + r.reason() + ")").collect(Collectors.joining(" | ")));
    }
}
