package ch.postdesk.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The {@code then} part of a triage rule. Null fields are left as they are.
 *
 * @param type {@code incident}, {@code request}, {@code change}, {@code question} or {@code upsell}
 * @param priority {@code P1} (highest) to {@code P4}
 * @param team team key from the directory
 * @param assignee address of an agent from the directory
 * @param tags tags added to the ticket
 * @param notifyAccountManager mail the customer's account managers about the ticket
 * @param pageOnCall page the on-call address of the ticket's team, or null for no page
 * @param suppressAcknowledgement send the customer no acknowledgement
 * @param spam mark the ticket as spam: status {@code spam}, no acknowledgement and no routing
 * @param stop end rule evaluation here and store the ticket without acknowledgement, routing or notifications
 */
public record TriageActions(
        String type,
        String priority,
        String team,
        String assignee,
        List<String> tags,
        boolean notifyAccountManager,
        PageMode pageOnCall,
        boolean suppressAcknowledgement,
        boolean spam,
        boolean stop) {

    /** Ticket types a rule may set. */
    public static final List<String> TYPES = List.of("incident", "request", "change", "question", "upsell");

    /** Priorities a rule may set, highest first. */
    public static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");

    public static final TriageActions NONE = new TriageActions(null, null, null, null, List.of(), false, null, false,
            false, false);

    public TriageActions {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** When the {@code page-on-call} action pages. */
    public enum PageMode {
        /** Whenever the rule matches. */
        ALWAYS,
        /** Only when the mail arrives outside the business hours of the ticket's team. */
        OUTSIDE_TEAM_HOURS
    }

    /** Describes the actions for history entries, such as {@code type=incident, priority=P1, page-on-call}. */
    public String describe() {
        StringJoiner parts = new StringJoiner(", ");
        add(parts, "type", type);
        add(parts, "priority", priority);
        add(parts, "team", team);
        add(parts, "assignee", assignee);
        if (!tags.isEmpty()) {
            parts.add("tags=" + String.join(",", tags));
        }
        if (notifyAccountManager) {
            parts.add("notify-account-manager");
        }
        if (pageOnCall != null) {
            parts.add(pageOnCall == PageMode.ALWAYS ? "page-on-call" : "page-on-call outside team hours");
        }
        if (suppressAcknowledgement) {
            parts.add("suppress-acknowledgement");
        }
        if (spam) {
            parts.add("spam");
        }
        if (stop) {
            parts.add("stop");
        }
        return parts.length() == 0 ? "no actions" : parts.toString();
    }

    /** Returns these actions with {@code later} applied on top: later single values win, tags and flags add up. */
    TriageActions then(TriageActions later) {
        List<String> allTags = new ArrayList<>(tags);
        later.tags.stream().filter(tag -> !allTags.contains(tag)).forEach(allTags::add);
        return new TriageActions(
                later.type != null ? later.type : type,
                later.priority != null ? later.priority : priority,
                later.team != null ? later.team : team,
                later.assignee != null ? later.assignee : assignee,
                allTags,
                notifyAccountManager || later.notifyAccountManager,
                later.pageOnCall != null ? later.pageOnCall : pageOnCall,
                suppressAcknowledgement || later.suppressAcknowledgement,
                spam || later.spam,
                stop || later.stop);
    }

    private static void add(StringJoiner parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
