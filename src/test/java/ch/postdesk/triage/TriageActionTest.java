package ch.postdesk.triage;

import static ch.postdesk.triage.TriageFixtures.input;
import static ch.postdesk.triage.TriageFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.triage.TriageActions.PageMode;
import org.junit.jupiter.api.Test;

/** One test per action: the rule's action reaches the decision. */
class TriageActionTest {

    private final TriageEngine engine = new TriageEngine();

    private TriageActions actionsOf(String then) {
        TriageRules rules = rules("""
                  - name: probe
                    when: {customer: [acme]}
                    then: %s
                  - name: default
                    then: {team: data}
                """.formatted(then));
        return engine.evaluate(rules, input().build()).effective();
    }

    @Test
    void typeAction() {
        assertThat(actionsOf("{type: incident}").type()).isEqualTo("incident");
    }

    @Test
    void priorityAction() {
        assertThat(actionsOf("{priority: p1}").priority()).isEqualTo("P1");
    }

    @Test
    void teamAction() {
        assertThat(actionsOf("{team: platform}").team()).isEqualTo("platform");
    }

    @Test
    void assigneeAction() {
        assertThat(actionsOf("{assignee: Agent@Example.test}").assignee()).isEqualTo("agent@example.test");
    }

    @Test
    void tagsAction() {
        assertThat(actionsOf("{tags: [vip, billing]}").tags()).containsExactly("vip", "billing");
    }

    @Test
    void notifyAccountManagerAction() {
        assertThat(actionsOf("{notify-account-manager: true}").notifyAccountManager()).isTrue();
        assertThat(actionsOf("{tags: [x]}").notifyAccountManager()).isFalse();
    }

    @Test
    void pageOnCallAction() {
        assertThat(actionsOf("{page-on-call: true}").pageOnCall()).isEqualTo(PageMode.ALWAYS);
        assertThat(actionsOf("{page-on-call: always}").pageOnCall()).isEqualTo(PageMode.ALWAYS);
        assertThat(actionsOf("{page-on-call: outside-team-hours}").pageOnCall()).isEqualTo(PageMode.OUTSIDE_TEAM_HOURS);
        assertThat(actionsOf("{page-on-call: false}").pageOnCall()).isNull();
    }

    @Test
    void suppressAcknowledgementAction() {
        assertThat(actionsOf("{suppress-acknowledgement: true}").suppressAcknowledgement()).isTrue();
    }

    @Test
    void spamAction() {
        assertThat(actionsOf("{spam: true}").spam()).isTrue();
    }

    @Test
    void stopAction() {
        TriageActions actions = actionsOf("{stop: true}");

        assertThat(actions.stop()).isTrue();
    }

    @Test
    void actionsDescribedForHistory() {
        TriageActions actions = actionsOf("{type: incident, priority: P1, tags: [a, b], page-on-call: true}");

        assertThat(actions.describe()).isEqualTo("type=incident, priority=P1, tags=a,b, page-on-call");
    }
}
