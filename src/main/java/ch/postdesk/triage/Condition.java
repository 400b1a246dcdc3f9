package ch.postdesk.triage;

import ch.postdesk.parsing.ParsedMail.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One {@code when} condition of a triage rule. Evaluating it returns whether it holds and a
 * short reason either way, which ends up in the ticket history and in {@code /api/triage/explain}.
 */
sealed interface Condition {

    Verdict test(TriageInput input);

    /** Whether a condition holds, and why. */
    record Verdict(boolean matched, String reason) {

        static Verdict of(boolean matched, String reason) {
            return new Verdict(matched, reason);
        }
    }

    /** The mail came through one of these mailboxes (mailbox ids from the inbound settings). */
    record MailboxIs(List<String> mailboxes) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            boolean matched = input.mailbox() != null && mailboxes.contains(input.mailbox());
            return Verdict.of(matched, "mailbox '" + input.mailbox() + "'" + (matched ? " is" : " is not")
                    + " one of " + mailboxes);
        }
    }

    /** The mail was addressed to one of these addresses, or to an address at one of these domains. */
    record RecipientIs(List<String> addressesOrDomains) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            for (String recipient : input.recipients()) {
                for (String wanted : addressesOrDomains) {
                    if (AddressMatch.matches(recipient, wanted)) {
                        return Verdict.of(true, "recipient " + recipient + " matches '" + wanted + "'");
                    }
                }
            }
            return Verdict.of(false, "no recipient matches " + addressesOrDomains);
        }
    }

    /** The sender is one of these addresses. */
    record SenderIs(List<String> addresses) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            boolean matched = input.sender() != null && addresses.contains(input.sender());
            return Verdict.of(matched, "sender " + input.sender() + (matched ? " is" : " is not") + " one of "
                    + addresses);
        }
    }

    /** The sender's domain is one of these or a subdomain of one. */
    record SenderDomainIs(List<String> domains) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            String domain = input.senderDomain();
            for (String wanted : domains) {
                if (domain != null && (domain.equals(wanted) || domain.endsWith("." + wanted))) {
                    return Verdict.of(true, "sender domain " + domain + " matches '" + wanted + "'");
                }
            }
            return Verdict.of(false, "sender domain " + domain + " is not in " + domains);
        }
    }

    /** The sender belongs to one of these customers. */
    record CustomerIs(List<String> customers) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            boolean matched = input.customerKey() != null && customers.contains(input.customerKey());
            return Verdict.of(matched, "customer " + (input.customerKey() == null ? "unknown" : "'"
                    + input.customerKey() + "'") + (matched ? " is" : " is not") + " one of " + customers);
        }
    }

    /** The sender's customer has one of these support tiers. */
    record TierIs(List<String> tiers) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            boolean matched = input.tier() != null && tiers.contains(input.tier());
            return Verdict.of(matched, "tier " + (input.tier() == null ? "none" : "'" + input.tier() + "'")
                    + (matched ? " is" : " is not") + " one of " + tiers);
        }
    }

    /** The subject contains one of the keywords or matches the regular expression. */
    record SubjectMatches(TextMatcher matcher) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            return matcher.find(input.subject())
                    .map(found -> Verdict.of(true, "subject contains " + found))
                    .orElseGet(() -> Verdict.of(false, "subject does not contain " + matcher.describe()));
        }
    }

    /** The visible body text contains one of the keywords or matches the regular expression. */
    record BodyMatches(TextMatcher matcher) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            return matcher.find(input.body())
                    .map(found -> Verdict.of(true, "body contains " + found))
                    .orElseGet(() -> Verdict.of(false, "body does not contain " + matcher.describe()));
        }
    }

    /**
     * A header field is present and, when a test is given, one of its values equals
     * ({@code equals}, case-insensitive), contains ({@code contains}, case-insensitive) or
     * matches ({@code regex}) the expected value.
     */
    record HeaderMatches(String name, String equalsValue, String containsValue, Pattern regex) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            List<String> values = input.headers().stream()
                    .filter(header -> header.name().equalsIgnoreCase(name))
                    .map(Header::value)
                    .toList();
            for (String value : values) {
                if (accepts(value)) {
                    return Verdict.of(true, "header " + name + ": " + value + " " + describeTest());
                }
            }
            return Verdict.of(false, values.isEmpty() ? "header " + name + " is missing"
                    : "header " + name + " does not " + describeTest());
        }

        private boolean accepts(String value) {
            if (equalsValue != null) {
                return value.trim().equalsIgnoreCase(equalsValue);
            }
            if (containsValue != null) {
                return value.toLowerCase(Locale.ROOT).contains(containsValue.toLowerCase(Locale.ROOT));
            }
            return regex == null || regex.matcher(value).find();
        }

        private String describeTest() {
            if (equalsValue != null) {
                return "equals '" + equalsValue + "'";
            }
            if (containsValue != null) {
                return "contains '" + containsValue + "'";
            }
            return regex == null ? "is present" : "matches /" + regex.pattern() + "/";
        }
    }

    /** The mail has (or, with false, has no) attachment. */
    record HasAttachment(boolean expected) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            return Verdict.of(input.hasAttachment() == expected,
                    input.hasAttachment() ? "mail has attachments" : "mail has no attachments");
        }
    }

    /** The detected language is one of these. */
    record LanguageIs(List<String> languages) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            boolean matched = input.language() != null && languages.contains(input.language());
            return Verdict.of(matched, "detected language " + (input.language() == null ? "undecided"
                    : "'" + input.language() + "'") + (matched ? " is" : " is not") + " one of " + languages);
        }
    }

    /** The mail opens a new ticket (true) or follows up an existing one (false). */
    record NewTicket(boolean expected) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            return Verdict.of(input.newTicket() == expected, input.newTicket() ? "mail opens a new ticket"
                    : "mail follows up an existing ticket");
        }
    }

    /** The mail arrived inside (true) or outside (false) the customer's business hours. */
    record InsideBusinessHours(boolean expected) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            return Verdict.of(input.insideBusinessHours() == expected, "received " + input.localTime()
                    + (input.insideBusinessHours() ? ", inside" : ", outside") + " the customer's business hours");
        }
    }

    /** Every condition holds. */
    record All(List<Condition> conditions) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            List<String> reasons = new ArrayList<>();
            for (Condition condition : conditions) {
                Verdict verdict = condition.test(input);
                if (!verdict.matched()) {
                    return Verdict.of(false, verdict.reason());
                }
                reasons.add(verdict.reason());
            }
            return Verdict.of(true, String.join(" and ", reasons));
        }
    }

    /** At least one condition holds. */
    record Any(List<Condition> conditions) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            List<String> reasons = new ArrayList<>();
            for (Condition condition : conditions) {
                Verdict verdict = condition.test(input);
                if (verdict.matched()) {
                    return Verdict.of(true, verdict.reason());
                }
                reasons.add(verdict.reason());
            }
            return Verdict.of(false, "none of: " + String.join("; ", reasons));
        }
    }

    /** The condition does not hold. */
    record Not(Condition condition) implements Condition {
        @Override
        public Verdict test(TriageInput input) {
            Verdict verdict = condition.test(input);
            return Verdict.of(!verdict.matched(), "not (" + verdict.reason() + ")");
        }
    }

    /** Address and domain comparison for recipient conditions. */
    final class AddressMatch {

        private AddressMatch() {
        }

        /** An entry with {@code @} is an address; one without is a domain that also covers its subdomains. */
        static boolean matches(String address, String wanted) {
            if (wanted.indexOf('@') >= 0) {
                return address.equals(wanted);
            }
            int at = address.lastIndexOf('@');
            String domain = at < 0 ? address : address.substring(at + 1);
            return domain.equals(wanted) || domain.endsWith("." + wanted);
        }
    }
}
