package ch.postdesk.triage;

import ch.postdesk.inbound.InboundMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pipeline stage before the store step: evaluates the triage rules for a customer mail and puts
 * the decision on the mail. Team replies are not triaged. The store step applies the decision in
 * its transaction.
 */
@Component("triage")
public class TriageStage {

    private static final Logger log = LoggerFactory.getLogger(TriageStage.class);

    private final TriageRulesService rules;
    private final TriageInputFactory inputs;
    private final TriageEngine engine = new TriageEngine();

    public TriageStage(TriageRulesService rules, TriageInputFactory inputs) {
        this.rules = rules;
        this.inputs = inputs;
    }

    public void evaluate(InboundMail mail) {
        if (mail.teamReply() != null) {
            return;
        }
        TriageInput input = inputs.build(mail.parsed(), mail.mailbox(), mail.customer(),
                mail.thread().ticketId() == null, mail.receivedAt());
        TriageDecision decision = engine.evaluate(rules.current(), input);
        mail.setTriage(new TriageOutcome(input, decision));
        log.info("Triage of <{}>: rules {} matched", mail.messageId(),
                decision.matched().stream().map(TriageDecision.RuleEvaluation::rule).toList());
    }
}
