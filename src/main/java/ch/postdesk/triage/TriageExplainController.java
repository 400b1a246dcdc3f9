package ch.postdesk.triage;

import ch.postdesk.inbound.CustomerResolver;
import ch.postdesk.inbound.InboundMail;
import ch.postdesk.inbound.InboundProperties;
import ch.postdesk.parsing.MailParseException;
import ch.postdesk.parsing.MailParser;
import ch.postdesk.command.StaffMailStage;
import ch.postdesk.threading.ThreadResolver;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/triage/explain}: runs a raw mail through parsing, customer and thread
 * resolution and the triage rules, and returns every rule's outcome with its reason and the
 * resulting ticket fields. Reads only: nothing is stored and nothing is sent.
 */
@RestController
@RequestMapping("/api/triage/explain")
class TriageExplainController {

    private final MailParser parser = new MailParser();
    private final TriageEngine engine = new TriageEngine();
    private final CustomerResolver customerResolver;
    private final ThreadResolver threadResolver;
    private final StaffMailStage teamReplies;
    private final TriageInputFactory inputs;
    private final TriageRulesService rules;
    private final TicketRepository tickets;
    private final InboundProperties inbound;
    private final Clock clock;

    TriageExplainController(CustomerResolver customerResolver, ThreadResolver threadResolver,
            StaffMailStage teamReplies, TriageInputFactory inputs, TriageRulesService rules, TicketRepository tickets,
            InboundProperties inbound, Clock clock) {
        this.customerResolver = customerResolver;
        this.threadResolver = threadResolver;
        this.teamReplies = teamReplies;
        this.inputs = inputs;
        this.rules = rules;
        this.tickets = tickets;
        this.inbound = inbound;
        this.clock = clock;
    }

    @PostMapping(consumes = {"message/rfc822", "application/octet-stream", "text/plain"})
    @Transactional(readOnly = true)
    public ResponseEntity<Map<String, Object>> explain(@RequestBody byte[] raw,
            @RequestParam(name = "mailbox", required = false) String mailbox) {
        if (raw == null || raw.length == 0) {
            return ResponseEntity.badRequest().body(Map.of("error", "empty body",
                    "message", "post one raw RFC 822 message with Content-Type: message/rfc822"));
        }
        if (mailbox != null && inbound.mailbox(mailbox).isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "unknown mailbox",
                    "message", "mailbox '" + mailbox + "' is not configured; use one of "
                            + inbound.mailboxes().stream().map(InboundProperties.Mailbox::id).toList()));
        }
        InboundMail mail = new InboundMail(mailbox, raw, clock.instant());
        try {
            mail.setParsed(parser.parse(raw, mail.receivedAt()));
        } catch (MailParseException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid mail", "message", e.getMessage()));
        }
        customerResolver.resolve(mail);
        threadResolver.resolve(mail);
        teamReplies.detect(mail);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageId", mail.messageId());
        body.put("customer", mail.customer() == null ? null : mail.customer().key());
        Optional<Ticket> ticket = Optional.ofNullable(mail.thread().ticketId()).flatMap(tickets::findById);
        body.put("ticket", ticket.map(Ticket::getNumber).orElse(null));
        body.put("threadedBy", mail.thread().via());
        if (mail.teamReply() != null) {
            Map<String, Object> teamReply = new LinkedHashMap<>();
            teamReply.put("recipient", mail.teamReply().recipient());
            teamReply.put("sender", mail.teamReply().sender());
            teamReply.put("senderIsStaff", mail.teamReply().senderIsStaff());
            teamReply.put("verified", mail.teamReply().verified());
            body.put("teamReply", teamReply);
            body.put("rules", List.of());
            body.put("result", Map.of("internalNote", true, "acknowledgement", "none"));
            return ResponseEntity.ok(body);
        }

        TriageInput input = inputs.build(mail.parsed(), mailbox, mail.customer(), ticket.isEmpty(), mail.receivedAt());
        TriageDecision decision = engine.evaluate(rules.current(), input);
        body.put("newTicket", input.newTicket());
        body.put("tier", input.tier());
        body.put("language", input.language());
        body.put("receivedAt", input.localTime());
        body.put("insideBusinessHours", input.insideBusinessHours());
        body.put("rules", decision.evaluations().stream().map(TriageExplainController::ruleView).toList());
        body.put("result", result(decision, ticket, mail));
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> ruleView(TriageDecision.RuleEvaluation evaluation) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rule", evaluation.rule());
        view.put("outcome", evaluation.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        view.put("reason", evaluation.reason());
        view.put("actions", evaluation.actions());
        view.put("default", evaluation.defaultRule());
        return view;
    }

    /** Resolves the fields as the store step would: rule values, then current or customer defaults, then the default rule. */
    private static Map<String, Object> result(TriageDecision decision, Optional<Ticket> ticket, InboundMail mail) {
        TriageActions rules = decision.actions();
        TriageActions defaults = decision.defaults();
        TriageActions effective = decision.effective();
        String currentTeam = ticket.map(Ticket::getTeamKey)
                .orElse(mail.customer() == null ? null : mail.customer().defaultTeam());
        String currentPriority = ticket.map(Ticket::getPriority)
                .orElse(mail.customer() == null ? null : mail.customer().defaultPriority());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("type", TriageDecision.resolve(rules.type(), ticket.map(Ticket::getType).orElse(null),
                defaults.type()));
        result.put("priority", TriageDecision.resolve(rules.priority(), currentPriority, defaults.priority()));
        result.put("team", TriageDecision.resolve(rules.team(), currentTeam, defaults.team()));
        result.put("assignee", TriageDecision.resolve(rules.assignee(), ticket.map(Ticket::getAssignee).orElse(null),
                defaults.assignee()));
        result.put("tags", effective.tags());
        result.put("notifyAccountManager", effective.notifyAccountManager());
        result.put("pageOnCall", effective.pageOnCall() == null ? null
                : effective.pageOnCall().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        result.put("suppressAcknowledgement", effective.suppressAcknowledgement());
        result.put("spam", effective.spam());
        result.put("stop", effective.stop());
        return result;
    }
}
