package ch.postdesk.triage;

import ch.postdesk.directory.Directory;
import ch.postdesk.triage.TriageActions.PageMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code triage-rules.yaml} and checks every rule against the directory and the configured
 * mailboxes, so that a rule naming an unknown team, customer, tier, agent or mailbox is rejected
 * before it can misroute mail. All problems found are listed in one {@link TriageRulesException}.
 */
public final class TriageRulesLoader {

    /** Condition keys of a {@code when} map. */
    static final List<String> CONDITIONS = List.of("mailbox", "recipient", "sender", "sender-domain", "customer",
            "tier", "subject", "body", "header", "has-attachment", "language", "new-ticket", "business-hours", "all",
            "any", "not");

    /** Action keys of a {@code then} map. */
    static final List<String> ACTIONS = List.of("type", "priority", "team", "assignee", "tags",
            "notify-account-manager", "page-on-call", "suppress-acknowledgement", "spam", "stop");

    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    private final Directory directory;
    private final Set<String> mailboxes;
    private final List<String> problems = new ArrayList<>();

    private TriageRulesLoader(Directory directory, Set<String> mailboxes) {
        this.directory = directory;
        this.mailboxes = mailboxes;
    }

    /** Loads and validates the file against {@code directory} and the configured mailbox ids. */
    public static TriageRules load(Path path, Directory directory, Set<String> mailboxes) {
        if (!Files.isRegularFile(path)) {
            throw new TriageRulesException("Triage rules file " + path.toAbsolutePath()
                    + " not found: create it or set postdesk.triage.rules-file to its location");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return load(in, path.toString(), directory, mailboxes);
        } catch (IOException e) {
            throw new TriageRulesException("Triage rules file " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static TriageRules load(InputStream in, String name, Directory directory, Set<String> mailboxes) {
        Object tree;
        try {
            tree = MAPPER.readValue(in, Object.class);
        } catch (JacksonException e) {
            throw new TriageRulesException("Triage rules file " + name + " is not valid YAML: "
                    + e.getOriginalMessage(), e);
        }
        TriageRulesLoader loader = new TriageRulesLoader(directory, mailboxes);
        TriageRules rules = loader.parse(tree);
        if (!loader.problems.isEmpty()) {
            throw new TriageRulesException("Triage rules file " + name + " is invalid:\n  - "
                    + String.join("\n  - ", loader.problems));
        }
        return rules;
    }

    private TriageRules parse(Object tree) {
        if (!(tree instanceof Map<?, ?> root) || !(root.get("rules") instanceof List<?> entries) || entries.isEmpty()) {
            problems.add("top level: 'rules' is missing or empty; add a list of rules that ends with a default rule");
            return null;
        }
        for (Object key : root.keySet()) {
            if (!"rules".equals(key)) {
                problems.add("top level: unknown key '" + key + "'; only 'rules' is allowed");
            }
        }
        List<TriageRule> rules = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            TriageRule rule = parseRule(entries.get(i), i + 1, names);
            if (rule != null) {
                rules.add(rule);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        TriageRule last = rules.get(rules.size() - 1);
        if (last.when() != null || last.continueAfterMatch()) {
            problems.add("rule '" + last.name() + "': the last rule must be the default rule, without 'when' and "
                    + "without 'continue'; add a final rule such as {name: default, then: {team: platform}}");
        }
        List<TriageRule> ordinary = rules.subList(0, rules.size() - 1);
        for (int i = 0; i < ordinary.size(); i++) {
            TriageRule rule = ordinary.get(i);
            if (rule.when() == null && !rule.continueAfterMatch()) {
                problems.add("rule '" + rule.name() + "': it has no 'when' and no 'continue: true', so it always"
                        + " ends evaluation and the rules after it never run; add a condition or 'continue: true'");
            }
        }
        return problems.isEmpty() ? new TriageRules(ordinary, last) : null;
    }

    private TriageRule parseRule(Object entry, int number, Set<String> names) {
        if (!(entry instanceof Map<?, ?> map)) {
            problems.add("rule number " + number + ": is not a map; write name, when, then and continue as keys");
            return null;
        }
        Object nameValue = map.get("name");
        String name = nameValue instanceof String s && !s.isBlank() ? s : null;
        String entryName = name == null ? "rule number " + number : "rule '" + name + "'";
        if (name == null) {
            problems.add(entryName + ": name is missing; give every rule a unique name");
        } else if (!names.add(name)) {
            problems.add(entryName + ": name is used twice; give every rule a unique name");
        }
        for (Object key : map.keySet()) {
            if (!List.of("name", "when", "then", "continue").contains(key)) {
                problems.add(entryName + ": unknown key '" + key + "'; use name, when, then and continue");
            }
        }
        Condition when = null;
        if (map.get("when") != null) {
            when = parseCondition(map.get("when"), entryName + " when");
        }
        TriageActions then = map.get("then") == null ? TriageActions.NONE : parseActions(map.get("then"), entryName);
        boolean continueAfterMatch = map.get("continue") != null && flag(map.get("continue"), entryName + " continue");
        return new TriageRule(name == null ? "#" + number : name, when, then, continueAfterMatch);
    }

    private Condition parseCondition(Object value, String where) {
        if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
            problems.add(where + ": expected a map of conditions such as {subject: {keywords: [outage]}}");
            return null;
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Condition condition = parseSingle(key, entry.getValue(), where + "." + key);
            if (condition != null) {
                conditions.add(condition);
            }
        }
        return conditions.size() == 1 ? conditions.get(0) : new Condition.All(conditions);
    }

    private Condition parseSingle(String key, Object value, String where) {
        switch (key) {
            case "mailbox" -> {
                List<String> ids = strings(value, where);
                ids.stream().filter(id -> !mailboxes.contains(id)).forEach(id -> problems.add(where + ": mailbox '" + id
                        + "' is not configured; use one of " + mailboxes));
                return new Condition.MailboxIs(ids);
            }
            case "recipient" -> {
                return new Condition.RecipientIs(lower(strings(value, where)));
            }
            case "sender" -> {
                return new Condition.SenderIs(lower(strings(value, where)));
            }
            case "sender-domain" -> {
                return new Condition.SenderDomainIs(lower(strings(value, where)));
            }
            case "customer" -> {
                List<String> keys = strings(value, where);
                keys.stream().filter(k -> directory.customer(k).isEmpty()).forEach(k -> problems.add(where
                        + ": customer '" + k + "' is not in the directory; use one of "
                        + directory.customers().stream().map(c -> c.key()).toList()));
                return new Condition.CustomerIs(keys);
            }
            case "tier" -> {
                List<String> tiers = strings(value, where);
                tiers.stream().filter(t -> directory.tier(t).isEmpty()).forEach(t -> problems.add(where + ": tier '" + t
                        + "' is not in the directory; use one of "
                        + directory.file().tiers().stream().map(tier -> tier.key()).toList()));
                return new Condition.TierIs(tiers);
            }
            case "subject" -> {
                TextMatcher matcher = textMatcher(value, where);
                return matcher == null ? null : new Condition.SubjectMatches(matcher);
            }
            case "body" -> {
                TextMatcher matcher = textMatcher(value, where);
                return matcher == null ? null : new Condition.BodyMatches(matcher);
            }
            case "header" -> {
                return header(value, where);
            }
            case "has-attachment" -> {
                return new Condition.HasAttachment(flag(value, where));
            }
            case "language" -> {
                return new Condition.LanguageIs(lower(strings(value, where)));
            }
            case "new-ticket" -> {
                return new Condition.NewTicket(flag(value, where));
            }
            case "business-hours" -> {
                String text = String.valueOf(value).toLowerCase(Locale.ROOT);
                if (!text.equals("inside") && !text.equals("outside")) {
                    problems.add(where + ": '" + value + "' is not valid; use inside or outside");
                }
                return new Condition.InsideBusinessHours(text.equals("inside"));
            }
            case "all", "any" -> {
                if (!(value instanceof List<?> list) || list.isEmpty()) {
                    problems.add(where + ": expected a non-empty list of condition maps");
                    return null;
                }
                List<Condition> parts = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    Condition part = parseCondition(list.get(i), where + "[" + (i + 1) + "]");
                    if (part != null) {
                        parts.add(part);
                    }
                }
                return key.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
            }
            case "not" -> {
                Condition inner = parseCondition(value, where);
                return inner == null ? null : new Condition.Not(inner);
            }
            default -> {
                problems.add(where + ": unknown condition '" + key + "'; use one of " + CONDITIONS);
                return null;
            }
        }
    }

    private TextMatcher textMatcher(Object value, String where) {
        if (value instanceof String || value instanceof List<?>) {
            return TextMatcher.keywords(strings(value, where));
        }
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.get("keywords") != null) {
            return TextMatcher.keywords(strings(map.get("keywords"), where + ".keywords"));
        }
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.get("regex") instanceof String regex) {
            try {
                return TextMatcher.regex(regex);
            } catch (PatternSyntaxException e) {
                problems.add(where + ".regex: '" + regex + "' is not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
                return null;
            }
        }
        problems.add(where + ": expected {keywords: [...]} or {regex: '...'}");
        return null;
    }

    private Condition header(Object value, String where) {
        if (!(value instanceof Map<?, ?> map) || !(map.get("name") instanceof String name) || name.isBlank()) {
            problems.add(where + ": expected {name: Header-Name} with at most one of equals, contains or regex");
            return null;
        }
        int tests = 0;
        Pattern regex = null;
        for (Object key : map.keySet()) {
            if (!List.of("name", "equals", "contains", "regex").contains(key)) {
                problems.add(where + ": unknown key '" + key + "'; use name with equals, contains or regex");
            } else if (!"name".equals(key)) {
                tests++;
            }
        }
        if (tests > 1) {
            problems.add(where + ": use at most one of equals, contains and regex");
        }
        if (map.get("regex") != null) {
            try {
                regex = Pattern.compile(String.valueOf(map.get("regex")), Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                problems.add(where + ".regex: '" + map.get("regex") + "' is not a valid regular expression: "
                        + e.getDescription());
            }
        }
        return new Condition.HeaderMatches(name, stringOrNull(map.get("equals")), stringOrNull(map.get("contains")),
                regex);
    }

    private TriageActions parseActions(Object value, String entryName) {
        String where = entryName + " then";
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(where + ": expected a map of actions such as {team: platform, priority: P2}");
            return TriageActions.NONE;
        }
        for (Object key : map.keySet()) {
            if (!ACTIONS.contains(String.valueOf(key))) {
                problems.add(where + ": unknown action '" + key + "'; use one of " + ACTIONS);
            }
        }
        String type = choice(map.get("type"), TriageActions.TYPES, where + ".type");
        String priority = choice(map.get("priority") == null ? null
                : String.valueOf(map.get("priority")).toUpperCase(Locale.ROOT), TriageActions.PRIORITIES,
                where + ".priority");
        String team = stringOrNull(map.get("team"));
        if (team != null && directory.team(team).isEmpty()) {
            problems.add(where + ".team: '" + team + "' is not a team key; use one of "
                    + directory.teams().stream().map(t -> t.key()).toList());
        }
        String assignee = stringOrNull(map.get("assignee"));
        if (assignee != null) {
            assignee = assignee.toLowerCase(Locale.ROOT);
            if (directory.agentForAddress(assignee).isEmpty()) {
                problems.add(where + ".assignee: '" + assignee + "' is not an agent address in the directory");
            }
        }
        List<String> tags = map.get("tags") == null ? List.of() : strings(map.get("tags"), where + ".tags");
        PageMode page = pageMode(map.get("page-on-call"), where + ".page-on-call");
        return new TriageActions(type, priority, team, assignee, tags,
                optionalFlag(map.get("notify-account-manager"), where + ".notify-account-manager"), page,
                optionalFlag(map.get("suppress-acknowledgement"), where + ".suppress-acknowledgement"),
                optionalFlag(map.get("spam"), where + ".spam"),
                optionalFlag(map.get("stop"), where + ".stop"));
    }

    private PageMode pageMode(Object value, String where) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return null;
        }
        if (Boolean.TRUE.equals(value) || "always".equals(value)) {
            return PageMode.ALWAYS;
        }
        if ("outside-team-hours".equals(value)) {
            return PageMode.OUTSIDE_TEAM_HOURS;
        }
        problems.add(where + ": '" + value + "' is not valid; use true, always or outside-team-hours");
        return null;
    }

    private String choice(Object value, List<String> allowed, String where) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        if (!allowed.contains(text)) {
            problems.add(where + ": '" + text + "' is not valid; use one of " + allowed);
            return null;
        }
        return text;
    }

    private boolean optionalFlag(Object value, String where) {
        return value != null && flag(value, where);
    }

    private boolean flag(Object value, String where) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        problems.add(where + ": '" + value + "' is not valid; use true or false");
        return false;
    }

    private List<String> strings(Object value, String where) {
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text);
        }
        if (value instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(item -> item instanceof String || item instanceof Number)) {
            return list.stream().map(String::valueOf).toList();
        }
        problems.add(where + ": expected a value or a non-empty list of values");
        return List.of();
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(value -> value.trim().toLowerCase(Locale.ROOT)).toList();
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
