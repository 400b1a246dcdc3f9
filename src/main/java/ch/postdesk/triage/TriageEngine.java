package ch.postdesk.triage;

import ch.postdesk.triage.Condition.Verdict;
import ch.postdesk.triage.TriageDecision.Outcome;
import ch.postdesk.triage.TriageDecision.RuleEvaluation;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a rule set against one mail. Rules are tried in order; the first matching rule ends
 * evaluation unless it has {@code continue: true}, and a rule with the {@code stop} action always
 * ends it. The default rule matches when no rule ended evaluation. When one did, the default
 * rule's type, priority, team and assignee still fill the empty fields, so every new ticket gets
 * a team. Pure function of its inputs: no I/O, no clock.
 */
public final class TriageEngine {

    public TriageDecision evaluate(TriageRules rules, TriageInput input) {
        List<RuleEvaluation> evaluations = new ArrayList<>();
        TriageActions combined = TriageActions.NONE;
        String endedBy = null;
        for (TriageRule rule : rules.rules()) {
            if (endedBy != null) {
                evaluations.add(new RuleEvaluation(rule.name(), Outcome.NOT_EVALUATED,
                        "rule '" + endedBy + "' ended evaluation", rule.then().describe(), false));
                continue;
            }
            Verdict verdict = rule.when() == null ? Verdict.of(true, "rule has no conditions") : rule.when().test(input);
            if (!verdict.matched()) {
                evaluations.add(new RuleEvaluation(rule.name(), Outcome.NOT_MATCHED, verdict.reason(),
                        rule.then().describe(), false));
                continue;
            }
            evaluations.add(new RuleEvaluation(rule.name(), Outcome.MATCHED, verdict.reason(),
                    rule.then().describe(), false));
            combined = combined.then(rule.then());
            if (rule.then().stop() || !rule.continueAfterMatch()) {
                endedBy = rule.name();
            }
        }
        TriageRule fallback = rules.defaultRule();
        if (endedBy != null) {
            TriageActions fieldsOnly = fieldsOf(fallback.then());
            evaluations.add(new RuleEvaluation(fallback.name(), Outcome.NOT_EVALUATED,
                    "rule '" + endedBy + "' ended evaluation; the default rule only fills empty fields",
                    fieldsOnly.describe(), true));
            return new TriageDecision(evaluations, combined, combined.stop() ? TriageActions.NONE : fieldsOnly);
        }
        evaluations.add(new RuleEvaluation(fallback.name(), Outcome.MATCHED,
                "default rule: no earlier rule ended evaluation", fallback.then().describe(), true));
        return new TriageDecision(evaluations, combined, fallback.then());
    }

    private static TriageActions fieldsOf(TriageActions actions) {
        return new TriageActions(actions.type(), actions.priority(), actions.team(), actions.assignee(), null, false,
                null, false, false, false);
    }
}
