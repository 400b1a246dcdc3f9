package ch.postdesk.triage;

import java.util.List;

/**
 * The outcome of the triage rules for one mail.
 *
 * @param evaluations every rule in order with what happened to it
 * @param actions the combined actions of the matched rules, the default rule excluded
 * @param defaults the actions of the default rule: all of them when it was reached, only its type,
 *     priority, team and assignee when an earlier rule ended evaluation, none after {@code stop};
 *     they only fill fields that no rule, customer default or earlier decision has set
 */
public record TriageDecision(List<RuleEvaluation> evaluations, TriageActions actions, TriageActions defaults) {

    public TriageDecision {
        evaluations = List.copyOf(evaluations);
    }

    /** Returns the rules that matched, in order. */
    public List<RuleEvaluation> matched() {
        return evaluations.stream().filter(evaluation -> evaluation.outcome() == Outcome.MATCHED).toList();
    }

    /**
     * Returns the tags and flags to apply: those of the matched rules plus those of the default rule.
     * The single-valued fields of the result are the matched rules' only; use {@link #resolve} for them.
     */
    public TriageActions effective() {
        return actions.then(new TriageActions(null, null, null, null, defaults.tags(),
                defaults.notifyAccountManager(), defaults.pageOnCall(), defaults.suppressAcknowledgement(),
                defaults.spam(), defaults.stop()));
    }

    /**
     * Resolves one field: a value set by a matched rule wins, then the current value (a customer
     * default or what the ticket already has), then the default rule's value.
     */
    public static String resolve(String fromRules, String current, String fromDefaultRule) {
        if (fromRules != null) {
            return fromRules;
        }
        return current != null ? current : fromDefaultRule;
    }

    /** Result of one rule in an evaluation. */
    public enum Outcome { MATCHED, NOT_MATCHED, NOT_EVALUATED }

    /**
     * One rule's result.
     *
     * @param reason the condition that matched, why it did not, or why the rule was not evaluated
     * @param actions the rule's actions as text
     */
    public record RuleEvaluation(String rule, Outcome outcome, String reason, String actions, boolean defaultRule) {
    }
}
