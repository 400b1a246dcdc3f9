package ch.postdesk.triage;

import static ch.postdesk.triage.TriageFixtures.input;
import static ch.postdesk.triage.TriageFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.triage.TriageDecision.Outcome;
import ch.postdesk.triage.TriageDecision.RuleEvaluation;
import org.junit.jupiter.api.Test;

/** First match wins, {@code continue}, {@code stop} and the default rule. */
class TriageOrderingTest {

    private final TriageEngine engine = new TriageEngine();

    private static final String RULES = """
              - name: tag-acme
                when: {customer: [acme]}
                then: {tags: [acme], priority: P3}
                continue: true
              - name: stop-newsletters
                when: {subject: [newsletter]}
                then: {stop: true}
                continue: true
              - name: invoices
                when: {subject: [invoice]}
                then: {type: question, team: data}
              - name: invoices-too
                when: {subject: [invoice]}
                then: {type: incident, team: platform}
              - name: urgent
                when: {subject: [urgent]}
                then: {priority: P1}
              - name: default
                then: {type: request, team: platform, priority: P4, tags: [triaged]}
            """;

    @Test
    void firstMatchWins() {
        TriageDecision decision = engine.evaluate(rules(RULES), input().subject("Invoice").build());

        assertThat(decision.matched()).extracting(RuleEvaluation::rule).containsExactly("tag-acme", "invoices");
        assertThat(decision.actions().type()).isEqualTo("question");
        assertThat(decision.actions().team()).isEqualTo("data");
        assertThat(outcome(decision, "invoices-too")).isEqualTo(Outcome.NOT_EVALUATED);
    }

    @Test
    void continueKeepsEvaluatingAndCombines() {
        TriageDecision decision = engine.evaluate(rules(RULES), input().subject("Urgent").build());

        assertThat(decision.matched()).extracting(RuleEvaluation::rule).containsExactly("tag-acme", "urgent");
        assertThat(decision.actions().priority()).as("later rule overrides").isEqualTo("P1");
        assertThat(decision.actions().tags()).containsExactly("acme");
    }

    @Test
    void stopEndsEvenWithContinue() {
        TriageDecision decision = engine.evaluate(rules(RULES), input().subject("Newsletter invoice").build());

        assertThat(decision.matched()).extracting(RuleEvaluation::rule)
                .containsExactly("tag-acme", "stop-newsletters");
        assertThat(decision.effective().stop()).isTrue();
        assertThat(decision.defaults()).as("stop leaves every field as it is").isEqualTo(TriageActions.NONE);
    }

    @Test
    void defaultRuleAppliesWhenNothingEnded() {
        TriageDecision decision = engine.evaluate(rules(RULES), input().subject("Hello").build());

        assertThat(decision.matched()).extracting(RuleEvaluation::rule).containsExactly("tag-acme", "default");
        assertThat(decision.matched().get(1).defaultRule()).isTrue();
        assertThat(decision.effective().tags()).containsExactly("acme", "triaged");
    }

    @Test
    void defaultRuleOnlyFillsEmptyFields() {
        TriageDecision decision = engine.evaluate(rules(RULES), input().subject("Hello").build());

        assertThat(TriageDecision.resolve(decision.actions().priority(), null, decision.defaults().priority()))
                .as("rule value wins over the default rule").isEqualTo("P3");
        assertThat(TriageDecision.resolve(decision.actions().team(), "data", decision.defaults().team()))
                .as("customer default or current team wins over the default rule").isEqualTo("data");
        assertThat(TriageDecision.resolve(decision.actions().type(), null, decision.defaults().type()))
                .isEqualTo("request");
    }

    @Test
    void defaultRuleOnlyFillsFieldsAfterEndingMatch() {
        TriageDecision decision = engine.evaluate(rules(RULES), input().customer("globex", "premium-24x7")
                .subject("urgent").build());

        assertThat(outcome(decision, "default")).isEqualTo(Outcome.NOT_EVALUATED);
        assertThat(decision.defaults().team()).isEqualTo("platform");
        assertThat(decision.defaults().tags()).as("tags of the default rule need it to match").isEmpty();
        assertThat(decision.effective().tags()).isEmpty();
        assertThat(TriageDecision.resolve(decision.actions().priority(), null, decision.defaults().priority()))
                .isEqualTo("P1");
        assertThat(outcome(decision, "tag-acme")).isEqualTo(Outcome.NOT_MATCHED);
    }

    private static Outcome outcome(TriageDecision decision, String rule) {
        return decision.evaluations().stream().filter(e -> e.rule().equals(rule)).findFirst().orElseThrow().outcome();
    }
}
