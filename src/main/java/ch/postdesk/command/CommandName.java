package ch.postdesk.command;

import java.util.Locale;
import java.util.Optional;

/** The commands a staff mail may carry, each with its syntax as the help and rejections show it. */
public enum CommandName {
    REPLY("#reply", "send the text below the command lines to the customer"),
    NOTE("#note", "keep the mail as an internal note (the default without #reply)"),
    STATUS("#status <open|waiting-customer|waiting-team|resolved|closed>", "change the status; applied last"),
    PRIORITY("#priority <P1|P2|P3|P4>", "set the priority"),
    TYPE("#type <incident|request|change|question|upsell>", "set the ticket type"),
    TEAM("#team <team key>", "move the ticket to a team, which receives the refined task"),
    ASSIGN("#assign <agent address|me|none>", "assign the ticket to an agent, or remove the assignee"),
    TAG("#tag +<tag> -<tag> ...", "add (+ or no sign) and remove (-) tags"),
    DUE("#due <yyyy-MM-dd [HH:mm]|+<n>d|+<n>h|none>", "set or clear the due date, in the customer's time zone"),
    CUSTOMER("#customer <customer key>", "set the ticket's customer"),
    MERGE("#merge <ticket number>", "move this ticket's messages into another ticket and close this one"),
    LINK("#link <ticket number>", "link this ticket to another ticket"),
    ESCALATE("#escalate <reason>", "alert the support lead and the customer's account managers"),
    UPSELL("#upsell", "hand the ticket to the customer's account managers as new business"),
    APPROVAL("#approval cost=<amount>; timeline=<text>[; scope=<text>]",
            "ask the customer to approve; without scope= the text below the command lines is the scope"),
    HELP("#help", "list the commands");

    private final String syntax;
    private final String description;

    CommandName(String syntax, String description) {
        this.syntax = syntax;
        this.description = description;
    }

    /** Returns the name as written after {@code #}, such as {@code status}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String syntax() {
        return syntax;
    }

    public String description() {
        return description;
    }

    /** Returns the command written as {@code name} (without {@code #}), compared case-insensitively. */
    public static Optional<CommandName> of(String name) {
        for (CommandName command : values()) {
            if (command.tag().equalsIgnoreCase(name)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the command whose name is nearest to {@code name} by edit distance, when at most
     * two edits or a common prefix of three letters separate them.
     */
    public static Optional<CommandName> nearest(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        CommandName best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CommandName command : values()) {
            int distance = editDistance(lower, command.tag());
            if (distance < bestDistance) {
                best = command;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= 2) {
            return Optional.of(best);
        }
        for (CommandName command : values()) {
            if (lower.length() >= 3 && (command.tag().startsWith(lower.substring(0, 3)))) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /** Levenshtein distance: the number of single-character insertions, deletions and substitutions. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
