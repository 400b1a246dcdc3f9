package ch.postdesk.triage;

/**
 * One named rule.
 *
 * @param when the condition, or null for a rule that always matches (only the default rule, or a
 *     rule with {@code continue: true})
 * @param continueAfterMatch whether evaluation goes on with the next rule after this one matched
 */
public record TriageRule(String name, Condition when, TriageActions then, boolean continueAfterMatch) {
}
