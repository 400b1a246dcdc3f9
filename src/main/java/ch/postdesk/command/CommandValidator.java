package ch.postdesk.command;

import ch.postdesk.command.Command.Rejection;
import ch.postdesk.command.CommandParser.CommandBlock;
import ch.postdesk.command.CommandParser.CommandLine;
import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryFile.Team;
import ch.postdesk.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the command lines of one staff mail and turns them into {@link Command}s or
 * {@link Rejection}s, without side effects. Every check that a service would otherwise fail with
 * happens here, so that applying the accepted commands does not throw and roll back the mail.
 *
 * <p>Rules besides each command's own syntax: a command other than {@code #tag}, {@code #note} and
 * {@code #help} may appear once, and later copies are rejected; {@code #status} cannot be combined
 * with {@code #merge} or {@code #upsell}, nor {@code #type} with {@code #upsell}, because those set
 * the status or type themselves; {@code #reply} needs text below the command lines.
 */
public final class CommandValidator {

    /** Statuses that {@code #status} may set. */
    static final Map<String, TicketStatus> STATUSES = Map.of(
            "open", TicketStatus.OPEN,
            "waiting-customer", TicketStatus.WAITING_CUSTOMER,
            "waiting-team", TicketStatus.WAITING_TEAM,
            "resolved", TicketStatus.RESOLVED,
            "closed", TicketStatus.CLOSED);

    static final Set<String> TYPES = Set.of("incident", "request", "change", "question", "upsell");

    private static final Set<CommandName> REPEATABLE = EnumSet.of(CommandName.TAG, CommandName.NOTE, CommandName.HELP);
    private static final Set<CommandName> NEEDS_VALUE = EnumSet.of(CommandName.STATUS, CommandName.PRIORITY,
            CommandName.TYPE, CommandName.TEAM, CommandName.ASSIGN, CommandName.DUE, CommandName.CUSTOMER,
            CommandName.MERGE, CommandName.LINK, CommandName.APPROVAL);
    private static final Pattern PRIORITY = Pattern.compile("(?i)p[1-4]");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{0,63}");
    private static final Pattern TICKET_NUMBER = Pattern.compile("#?([A-Za-z]+-?\\d+)");
    private static final Pattern RELATIVE_DUE = Pattern.compile("\\+(\\d{1,4})([dh])");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * Facts about the mail, its ticket and its sender that the checks use.
     *
     * @param sender the From address in lower case
     * @param allowed the commands the sender's roles permit
     * @param roleDescription the sender's roles for rejection reasons, such as {@code team-member}
     * @param ticketNumber the number of the ticket the mail is about
     * @param hasContact whether the ticket has a customer address that mail may go to
     * @param zone the time zone in which {@code #due} dates are read: the customer's, else the company's
     * @param ticketExists whether a ticket with the given upper-case number exists
     */
    public record Context(Directory directory, String sender, Set<CommandName> allowed, String roleDescription,
            String ticketNumber, boolean hasContact, ZoneId zone, Instant now, Predicate<String> ticketExists) {
    }

    /** The accepted commands in the order written and the rejected lines. */
    public record Plan(List<Command> accepted, List<Rejection> rejected) {

        /** Returns whether the plan contains a command of that name. */
        public boolean has(CommandName name) {
            return accepted.stream().anyMatch(command -> command.name() == name);
        }
    }

    private CommandValidator() {
    }

    public static Plan validate(CommandBlock block, Context context) {
        List<Command> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Set<CommandName> seen = EnumSet.noneOf(CommandName.class);
        for (CommandLine line : block.commands()) {
            var name = CommandName.of(line.name());
            if (name.isEmpty()) {
                String suggestion = CommandName.nearest(line.name()).map(c -> "#" + c.tag()).orElse(null);
                rejected.add(new Rejection(line, "#" + line.name() + " is not a command"
                        + (suggestion == null ? "; send #help for the list" : "; did you mean " + suggestion + "?"),
                        suggestion == null ? CommandName.HELP.syntax() : CommandName.of(suggestion.substring(1))
                                .orElseThrow().syntax(), suggestion));
                continue;
            }
            CommandName command = name.get();
            if (!context.allowed().contains(command)) {
                rejected.add(reject(line, command, "your role (" + context.roleDescription() + ") may not run #"
                        + command.tag()));
                continue;
            }
            if (!REPEATABLE.contains(command) && seen.contains(command)) {
                rejected.add(reject(line, command, "#" + command.tag() + " appears more than once; only the first"
                        + " is applied"));
                continue;
            }
            Object result = check(command, line, block, context);
            if (result instanceof Command valid) {
                accepted.add(valid);
                seen.add(command);
            } else {
                rejected.add(reject(line, command, (String) result));
            }
        }
        return combine(accepted, rejected);
    }

    /** Rejects the commands that another accepted command in the same mail contradicts. */
    private static Plan combine(List<Command> accepted, List<Rejection> rejected) {
        Set<CommandName> names = EnumSet.noneOf(CommandName.class);
        accepted.forEach(command -> names.add(command.name()));
        List<Command> kept = new ArrayList<>();
        for (Command command : accepted) {
            String conflict = null;
            if (command.name() == CommandName.STATUS && names.contains(CommandName.MERGE)) {
                conflict = "#status cannot be combined with #merge, which closes this ticket";
            } else if (command.name() == CommandName.STATUS && names.contains(CommandName.UPSELL)) {
                conflict = "#status cannot be combined with #upsell, which sets the status with-account-manager";
            } else if (command.name() == CommandName.TYPE && names.contains(CommandName.UPSELL)) {
                conflict = "#type cannot be combined with #upsell, which sets the type upsell";
            }
            if (conflict == null) {
                kept.add(command);
            } else {
                rejected.add(reject(command.line(), command.name(), conflict));
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.line().lineNumber(), b.line().lineNumber()));
        return new Plan(List.copyOf(kept), List.copyOf(rejected));
    }

    /** Returns the command, or the reason for rejecting it. */
    private static Object check(CommandName command, CommandLine line, CommandBlock block, Context context) {
        String argument = line.argument();
        if (argument.isEmpty() && NEEDS_VALUE.contains(command)) {
            return "the value is missing";
        }
        return switch (command) {
            case REPLY -> {
                if (!context.hasContact()) {
                    yield "the ticket has no customer address to reply to";
                }
                yield block.text().isBlank() ? "there is no text below the command lines to send"
                        : new Command.Reply(line, block.text());
            }
            case NOTE -> new Command.Note(line);
            case HELP -> new Command.Help(line);
            case UPSELL -> argument.isEmpty() ? new Command.Upsell(line) : "#upsell takes no value";
            case STATUS -> {
                TicketStatus status = STATUSES.get(argument.toLowerCase(Locale.ROOT));
                yield status == null ? "'" + argument + "' is not a status that #status may set" : new Command.Status(line, status);
            }
            case PRIORITY -> PRIORITY.matcher(argument).matches()
                    ? new Command.Priority(line, argument.toUpperCase(Locale.ROOT))
                    : "'" + argument + "' is not a priority";
            case TYPE -> TYPES.contains(argument.toLowerCase(Locale.ROOT))
                    ? new Command.Type(line, argument.toLowerCase(Locale.ROOT))
                    : "'" + argument + "' is not a ticket type";
            case TEAM -> context.directory().team(argument.toLowerCase(Locale.ROOT)).isPresent()
                    ? new Command.Team(line, argument.toLowerCase(Locale.ROOT))
                    : "'" + argument + "' is not a team; use one of "
                            + context.directory().teams().stream().map(Team::key).toList();
            case ASSIGN -> assign(line, context);
            case TAG -> tag(line);
            case DUE -> due(line, context);
            case CUSTOMER -> context.directory().customer(argument.toLowerCase(Locale.ROOT)).isPresent()
                    ? new Command.Customer(line, argument.toLowerCase(Locale.ROOT))
                    : "'" + argument + "' is not a customer key in the directory";
            case MERGE, LINK -> otherTicket(command, line, context);
            case ESCALATE -> argument.isEmpty() ? "give the reason on the same line"
                    : new Command.Escalate(line, argument);
            case APPROVAL -> approval(line, block, context);
        };
    }

    private static Object assign(CommandLine line, Context context) {
        String argument = line.argument().toLowerCase(Locale.ROOT);
        if (argument.equals("none") || argument.equals("-")) {
            return new Command.Assign(line, null);
        }
        String address = argument.equals("me") ? context.sender() : argument.replaceAll("^<|>$", "");
        if (!ADDRESS.matcher(address).matches()) {
            return "'" + line.argument() + "' is not an agent address, me or none";
        }
        return context.directory().agentForAddress(address).isPresent() ? new Command.Assign(line, address)
                : address + " is not an agent in the directory";
    }

    private static Object tag(CommandLine line) {
        if (line.argument().isEmpty()) {
            return "name at least one tag";
        }
        Set<String> add = new LinkedHashSet<>();
        Set<String> remove = new LinkedHashSet<>();
        for (String word : line.argument().split("[\\s,]+")) {
            boolean removing = word.startsWith("-");
            String tag = word.startsWith("+") || removing ? word.substring(1) : word;
            tag = tag.toLowerCase(Locale.ROOT);
            if (!TAG.matcher(tag).matches()) {
                return "'" + word + "' is not a valid tag: use letters, digits, '-', '_' or '.', at most 64";
            }
            (removing ? remove : add).add(tag);
        }
        return new Command.Tag(line, Set.copyOf(add), Set.copyOf(remove));
    }

    private static Object due(CommandLine line, Context context) {
        String argument = line.argument().strip();
        if (argument.equalsIgnoreCase("none") || argument.equals("-")) {
            return new Command.Due(line, null);
        }
        Instant due;
        Matcher relative = RELATIVE_DUE.matcher(argument.toLowerCase(Locale.ROOT));
        try {
            if (relative.matches()) {
                long amount = Long.parseLong(relative.group(1));
                due = context.now().plus(relative.group(2).equals("d") ? Duration.ofDays(amount) : Duration.ofHours(amount));
            } else if (argument.length() == 10) {
                due = LocalDate.parse(argument).atTime(LocalTime.of(23, 59)).atZone(context.zone()).toInstant();
            } else {
                due = LocalDateTime.parse(argument, DATE_TIME).atZone(context.zone()).toInstant();
            }
        } catch (DateTimeParseException e) {
            return "'" + argument + "' is not a date";
        }
        if (due.isBefore(context.now())) {
            return "'" + argument + "' is in the past";
        }
        return new Command.Due(line, due);
    }

    private static Object otherTicket(CommandName command, CommandLine line, Context context) {
        Matcher matcher = TICKET_NUMBER.matcher(line.argument().strip());
        if (!matcher.matches()) {
            return "'" + line.argument() + "' is not a ticket number";
        }
        String number = matcher.group(1).toUpperCase(Locale.ROOT);
        if (number.equalsIgnoreCase(context.ticketNumber())) {
            return "a ticket cannot be " + (command == CommandName.MERGE ? "merged into" : "linked to") + " itself";
        }
        if (!context.ticketExists().test(number)) {
            return "ticket " + number + " not found";
        }
        return command == CommandName.MERGE ? new Command.Merge(line, number) : new Command.Link(line, number);
    }

    private static Object approval(CommandLine line, CommandBlock block, Context context) {
        if (!context.hasContact()) {
            return "the ticket has no customer address to send the approval request to";
        }
        String scope = null;
        String timeline = null;
        String cost = null;
        for (String part : line.argument().split(";")) {
            int equals = part.indexOf('=');
            if (part.isBlank()) {
                continue;
            }
            if (equals <= 0) {
                return "'" + part.strip() + "' is not of the form name=value";
            }
            String key = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(equals + 1).strip();
            switch (key) {
                case "scope" -> scope = value;
                case "timeline" -> timeline = value;
                case "cost" -> cost = value;
                default -> {
                    return "'" + key + "' is not an approval field; use cost, timeline and scope";
                }
            }
        }
        if (cost == null || cost.isEmpty()) {
            return "cost= is missing";
        }
        if (timeline == null || timeline.isEmpty()) {
            return "timeline= is missing";
        }
        if (scope == null || scope.isEmpty()) {
            boolean replies = block.commands().stream().anyMatch(c -> c.name().equalsIgnoreCase("reply"));
            if (replies) {
                return "with #reply the text below is the reply; give the scope as scope= on the #approval line";
            }
            if (block.text().isBlank()) {
                return "the scope is missing: write it below the command lines or as scope=";
            }
            scope = block.text();
        }
        if (cost.length() > 255 || timeline.length() > 1000 || scope.length() > 10_000) {
            return "a value is too long: cost at most 255, timeline 1000, scope 10000 characters";
        }
        return new Command.Approval(line, scope, timeline, cost);
    }

    private static Rejection reject(CommandLine line, CommandName command, String reason) {
        return new Rejection(line, reason, command.syntax(), null);
    }
}
