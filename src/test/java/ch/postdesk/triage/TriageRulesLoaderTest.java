package ch.postdesk.triage;

import static ch.postdesk.triage.TriageFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.postdesk.directory.DirectoryLoader;
import ch.postdesk.directory.TestDirectories;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invalid rule files are rejected with a message that names the file, the rule and the fix. */
class TriageRulesLoaderTest {

    @Test
    void demoRulesLoadAgainstDemoDirectory() {
        TriageRules demo = TriageRulesLoader.load(Path.of("config/triage-rules.yaml"),
                DirectoryLoader.load(Path.of("config/directory.yaml"), TestDirectories.CHECK_START),
                Set.of("support", "sales"));

        assertThat(demo.defaultRule().name()).isEqualTo("default");
        assertThat(demo.defaultRule().then().team()).isEqualTo("platform");
    }

    @Test
    void missingDefaultRuleRejected() {
        assertThatThrownBy(() -> rules("""
                  - name: only
                    when: {subject: [x]}
                    then: {team: data}
                """))
                .isInstanceOf(TriageRulesException.class)
                .hasMessageContaining("Triage rules file rules.yaml is invalid")
                .hasMessageContaining("rule 'only': the last rule must be the default rule, without 'when' and without"
                        + " 'continue'");
    }

    @Test
    void unconditionalRuleBeforeDefaultRejected() {
        assertThatThrownBy(() -> rules("""
                  - name: everything
                    then: {team: data}
                  - name: default
                    then: {team: platform}
                """))
                .hasMessageContaining("rule 'everything': it has no 'when' and no 'continue: true', so it always ends"
                        + " evaluation");
    }

    @Test
    void unknownConditionRejected() {
        assertThatThrownBy(() -> rules("""
                  - name: typo
                    when: {subjet: [x]}
                  - name: default
                """))
                .hasMessageContaining("rule 'typo' when.subjet: unknown condition 'subjet'; use one of [mailbox,");
    }

    @Test
    void unknownActionRejected() {
        assertThatThrownBy(() -> rules("""
                  - name: typo
                    when: {subject: [x]}
                    then: {teem: data}
                  - name: default
                """))
                .hasMessageContaining("rule 'typo' then: unknown action 'teem'; use one of [type, priority, team,");
    }

    @Test
    void unknownTeamRejected() {
        assertThatThrownBy(() -> rules("""
                  - name: route
                    when: {subject: [x]}
                    then: {team: sales}
                  - name: default
                """))
                .hasMessageContaining("rule 'route' then.team: 'sales' is not a team key; use one of [platform, data]");
    }

    @Test
    void unknownCustomerTierMailboxAndAgentRejected() {
        assertThatThrownBy(() -> rules("""
                  - name: refs
                    when: {customer: [initech], tier: [gold], mailbox: [billing]}
                    then: {assignee: nobody@example.test}
                  - name: default
                """))
                .hasMessageContaining("rule 'refs' when.customer: customer 'initech' is not in the directory")
                .hasMessageContaining("rule 'refs' when.tier: tier 'gold' is not in the directory")
                .hasMessageContaining("rule 'refs' when.mailbox: mailbox 'billing' is not configured")
                .hasMessageContaining("rule 'refs' then.assignee: 'nobody@example.test' is not an agent address");
    }

    @Test
    void invalidRegexRejected() {
        assertThatThrownBy(() -> rules("""
                  - name: broken
                    when: {subject: {regex: '(unclosed'}}
                  - name: default
                """))
                .hasMessageContaining("rule 'broken' when.subject.regex: '(unclosed' is not a valid regular expression");
    }

    @Test
    void invalidTypeAndPriorityRejected() {
        assertThatThrownBy(() -> rules("""
                  - name: values
                    when: {subject: [x]}
                    then: {type: bug, priority: P9}
                  - name: default
                """))
                .hasMessageContaining("rule 'values' then.type: 'bug' is not valid; use one of [incident, request,"
                        + " change, question, upsell]")
                .hasMessageContaining("rule 'values' then.priority: 'P9' is not valid; use one of [P1, P2, P3, P4]");
    }

    @Test
    void duplicateRuleNameRejected() {
        assertThatThrownBy(() -> rules("""
                  - name: twice
                    when: {subject: [x]}
                  - name: twice
                    when: {subject: [y]}
                  - name: default
                """))
                .hasMessageContaining("rule 'twice': name is used twice; give every rule a unique name");
    }

    @Test
    void invalidBusinessHoursValueRejected() {
        assertThatThrownBy(() -> rules("""
                  - name: hours
                    when: {business-hours: evening}
                  - name: default
                """))
                .hasMessageContaining("rule 'hours' when.business-hours: 'evening' is not valid; use inside or outside");
    }

    @Test
    void invalidYamlRejected() {
        assertThatThrownBy(() -> rules("  - name: [unclosed\n"))
                .hasMessageContaining("Triage rules file rules.yaml is not valid YAML");
    }
}
