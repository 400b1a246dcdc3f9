package ch.postdesk.triage;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.TestDirectories;
import ch.postdesk.parsing.ParsedMail.Header;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Rules from YAML text and triage inputs with sensible defaults, for unit tests. */
final class TriageFixtures {

    static final Directory DIRECTORY = TestDirectories.valid();
    static final Set<String> MAILBOXES = Set.of("support", "sales");

    private TriageFixtures() {
    }

    /** Loads a rules file whose {@code rules:} list is {@code rulesYaml}. */
    static TriageRules rules(String rulesYaml) {
        return TriageRulesLoader.load(new ByteArrayInputStream(("rules:\n" + rulesYaml).getBytes(StandardCharsets.UTF_8)),
                "rules.yaml", DIRECTORY, MAILBOXES);
    }

    /** Loads a rule set of one rule with condition {@code when} (YAML flow map) and a default rule. */
    static TriageRules single(String when) {
        return rules("""
                  - name: probe
                    when: %s
                    then: {tags: [hit]}
                  - name: default
                    then: {team: platform}
                """.formatted(when));
    }

    static Input input() {
        return new Input();
    }

    /** A mutable builder of {@link TriageInput}. */
    static final class Input {
        String mailbox = "support";
        List<String> recipients = new ArrayList<>(List.of("support@postdesk.test"));
        String sender = "jane@acme.test";
        String customer = "acme";
        String tier = "standard";
        String subject = "Hello";
        String body = "Some text.";
        List<Header> headers = new ArrayList<>();
        boolean attachment;
        String language = "en";
        boolean newTicket = true;
        boolean inside = true;

        Input mailbox(String value) {
            mailbox = value;
            return this;
        }

        Input recipient(String value) {
            recipients.add(value);
            return this;
        }

        Input sender(String value) {
            sender = value;
            return this;
        }

        Input customer(String key, String customerTier) {
            customer = key;
            tier = customerTier;
            return this;
        }

        Input subject(String value) {
            subject = value;
            return this;
        }

        Input body(String value) {
            body = value;
            return this;
        }

        Input header(String name, String value) {
            headers.add(new Header(name, value));
            return this;
        }

        Input attachment(boolean value) {
            attachment = value;
            return this;
        }

        Input language(String value) {
            language = value;
            return this;
        }

        Input followUp() {
            newTicket = false;
            return this;
        }

        Input outsideBusinessHours() {
            inside = false;
            return this;
        }

        TriageInput build() {
            return new TriageInput(mailbox, recipients, sender, customer, tier, subject, body, headers, attachment,
                    language, newTicket, Instant.parse("2026-12-07T10:00:00Z"), inside, "Mon 2026-12-07 10:00 Europe/London");
        }
    }

    /** Returns whether the rule named {@code probe} matched. */
    static boolean probeMatches(TriageRules rules, Input input) {
        return new TriageEngine().evaluate(rules, input.build()).matched().stream()
                .anyMatch(evaluation -> evaluation.rule().equals("probe"));
    }
}
