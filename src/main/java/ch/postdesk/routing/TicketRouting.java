package ch.postdesk.routing;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.inbound.InboundMail;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketStatus;
import ch.postdesk.triage.TriageActions;
import ch.postdesk.triage.TriageDecision;
import ch.postdesk.triage.TriageDecision.Outcome;
import ch.postdesk.triage.TriageDecision.RuleEvaluation;
import ch.postdesk.triage.TriageOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies triage and routing to a stored inbound mail, inside the store transaction of
 * {@link ch.postdesk.inbound.TicketWriter}. Team replies become internal notes. For other mail
 * the triage decision sets the ticket's fields and is written to the history rule by rule, and it
 * triggers the refined task, the account manager hand-off and on-call pages.
 */
@Component
public class TicketRouting {

    /** Template event of the usual acknowledgement. */
    public static final String ACKNOWLEDGEMENT = "acknowledgement";

    /** Template event that informs the customer that their account manager will contact them. */
    public static final String HANDED_TO_ACCOUNT_MANAGER = "handed-to-account-manager";

    private static final Logger log = LoggerFactory.getLogger(TicketRouting.class);

    private final DirectoryService directory;
    private final TeamAssignment assignment;
    private final AccountManagerHandoff accountManagers;
    private final OnCallPager pager;
    private final HistoryRecorder history;

    public TicketRouting(DirectoryService directory, TeamAssignment assignment, AccountManagerHandoff accountManagers,
            OnCallPager pager, HistoryRecorder history) {
        this.directory = directory;
        this.assignment = assignment;
        this.accountManagers = accountManagers;
        this.pager = pager;
        this.history = history;
    }

    /**
     * Routes the mail that was just stored as {@code article}.
     *
     * @param created whether the mail opened {@code ticket}
     * @return the acknowledgement to send to the customer, or null for none
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CustomerAcknowledgement afterStore(Ticket ticket, InboundMail mail, Article article, boolean created) {
        if (mail.teamReply() != null) {
            recordTeamNote(ticket, mail.teamReply(), article);
            return null;
        }
        TriageOutcome triage = mail.triage();
        if (triage == null) {
            return created ? new CustomerAcknowledgement(ACKNOWLEDGEMENT, Map.of()) : null;
        }
        TriageDecision decision = triage.decision();
        recordRules(ticket, decision);
        TriageActions actions = decision.effective();

        if (actions.spam()) {
            ticket.setStatus(TicketStatus.SPAM);
            history.record(ticket, "marked-spam", "triage", "no acknowledgement and no routing");
            log.info("Ticket {} marked as spam by triage (<{}>)", ticket.getNumber(), mail.messageId());
            return null;
        }
        if (actions.stop()) {
            history.record(ticket, "triage-stopped", "triage", "stored without acknowledgement, routing or notifications");
            return null;
        }

        String previousType = ticket.getType();
        String previousTeam = ticket.getTeamKey();
        applyFields(ticket, decision, actions);
        String team = ticket.getTeamKey();
        boolean upsell = "upsell".equals(ticket.getType()) && (created || !"upsell".equals(previousType));

        if (team != null && (created || TeamAssignment.changed(previousTeam, team)) && !upsell) {
            assignment.assign(ticket, created ? null : previousTeam, team, "triage", article);
        }
        if (upsell) {
            accountManagers.handOff(ticket, article);
        } else if (actions.notifyAccountManager()) {
            accountManagers.inform(ticket, article);
        }
        if (actions.pageOnCall() != null) {
            pager.page(ticket, actions.pageOnCall());
        }
        if (!created || actions.suppressAcknowledgement()) {
            if (created) {
                history.record(ticket, "acknowledgement-suppressed", "triage", "a triage rule suppressed it");
            }
            return null;
        }
        if (!upsell) {
            return new CustomerAcknowledgement(ACKNOWLEDGEMENT, Map.of());
        }
        Directory current = directory.current();
        String manager = current.accountManagersOf(current.customer(ticket.getCustomerKey()).orElse(null)).stream()
                .findFirst().orElse(null);
        String managerName = current.accountManagers().stream()
                .filter(m -> m.address() != null && Directory.normalize(m.address()).equals(manager))
                .map(m -> m.name()).findFirst().orElse("");
        return new CustomerAcknowledgement(HANDED_TO_ACCOUNT_MANAGER, Map.of(
                "accountManager", Map.of("name", managerName, "address", manager == null ? "" : manager),
                "note", ""));
    }

    /**
     * The mail to send to the customer of a new ticket.
     *
     * @param event template event
     * @param model values the event's templates need beyond the common ones and {@code message}
     */
    public record CustomerAcknowledgement(String event, Map<String, Object> model) {
    }

    private void recordTeamNote(Ticket ticket, TeamReply reply, Article article) {
        article.setInternal(true);
        history.record(ticket, "team-note", reply.sender(), "internal note"
                + (reply.recipient() == null ? "" : " by reply to the address sent to " + reply.recipient())
                + (reply.senderIsStaff() ? "" : "; the sender is not in the directory")
                + (reply.verified() ? "" : "; the sender is not verified"));
        // An unproven sender must not be able to silence the escalation of a page.
        if (reply.verified()) {
            pager.acknowledge(ticket, reply.sender());
        }
        log.info("Stored mail from {} as internal note on ticket {}", reply.sender(), ticket.getNumber());
    }

    private void recordRules(Ticket ticket, TriageDecision decision) {
        for (RuleEvaluation evaluation : decision.evaluations()) {
            if (evaluation.outcome() == Outcome.MATCHED) {
                history.record(ticket, "triage-rule", "triage", (evaluation.defaultRule() ? "default rule '"
                        : "rule '") + evaluation.rule() + "' matched: " + evaluation.reason() + "; actions: "
                        + evaluation.actions());
            }
        }
    }

    /** Sets type, priority, assignee, team and tags: rule values win, then current values, then the default rule. */
    private void applyFields(Ticket ticket, TriageDecision decision, TriageActions actions) {
        TriageActions rules = decision.actions();
        TriageActions defaults = decision.defaults();
        List<String> fromDefault = new ArrayList<>();
        ticket.setType(resolve("type", rules.type(), ticket.getType(), defaults.type(), fromDefault));
        ticket.setPriority(resolve("priority", rules.priority(), ticket.getPriority(), defaults.priority(),
                fromDefault));
        String assignee = resolve("assignee", rules.assignee(), ticket.getAssignee(), defaults.assignee(), fromDefault);
        if (assignee != null && directory.current().agentForAddress(assignee).isEmpty()) {
            history.record(ticket, "triage-warning", "triage", "assignee " + assignee + " is no longer in the directory;"
                    + " not assigned");
            assignee = ticket.getAssignee();
        }
        ticket.setAssignee(assignee);
        String team = resolve("team", rules.team(), ticket.getTeamKey(), defaults.team(), fromDefault);
        if (team != null && directory.current().team(team).isEmpty()) {
            history.record(ticket, "triage-warning", "triage", "team " + team + " is no longer in the directory;"
                    + " team unchanged");
            team = ticket.getTeamKey();
        }
        ticket.setTeamKey(team);
        ticket.getTags().addAll(actions.tags());
        history.record(ticket, "triage-result", "triage", "type=" + ticket.getType() + ", priority="
                + ticket.getPriority() + ", team=" + ticket.getTeamKey() + ", assignee=" + ticket.getAssignee()
                + (ticket.getTags().isEmpty() ? "" : ", tags=" + String.join(",", ticket.getTags()))
                + (fromDefault.isEmpty() ? "" : "; filled by the default rule: " + String.join(", ", fromDefault)));
    }

    private static String resolve(String field, String fromRules, String current, String fromDefaultRule,
            List<String> fromDefault) {
        String value = TriageDecision.resolve(fromRules, current, fromDefaultRule);
        if (fromRules == null && current == null && value != null) {
            fromDefault.add(field);
        }
        return value;
    }
}
