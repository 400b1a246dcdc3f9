package ch.postdesk.command;

import ch.postdesk.command.CommandParser.CommandLine;
import ch.postdesk.ticket.TicketStatus;
import java.time.Instant;
import java.util.Set;

/** A command that passed validation and will be applied; each names the line it came from. */
public sealed interface Command {

    CommandLine line();

    CommandName name();

    record Reply(CommandLine line, String text) implements Command {
        public CommandName name() {
            return CommandName.REPLY;
        }
    }

    record Note(CommandLine line) implements Command {
        public CommandName name() {
            return CommandName.NOTE;
        }
    }

    record Status(CommandLine line, TicketStatus status) implements Command {
        public CommandName name() {
            return CommandName.STATUS;
        }
    }

    record Priority(CommandLine line, String priority) implements Command {
        public CommandName name() {
            return CommandName.PRIORITY;
        }
    }

    record Type(CommandLine line, String type) implements Command {
        public CommandName name() {
            return CommandName.TYPE;
        }
    }

    record Team(CommandLine line, String teamKey) implements Command {
        public CommandName name() {
            return CommandName.TEAM;
        }
    }

    /** @param assignee the agent's address, or null to remove the assignee */
    record Assign(CommandLine line, String assignee) implements Command {
        public CommandName name() {
            return CommandName.ASSIGN;
        }
    }

    record Tag(CommandLine line, Set<String> add, Set<String> remove) implements Command {
        public CommandName name() {
            return CommandName.TAG;
        }
    }

    /** @param due the new due date, or null to clear it */
    record Due(CommandLine line, Instant due) implements Command {
        public CommandName name() {
            return CommandName.DUE;
        }
    }

    record Customer(CommandLine line, String customerKey) implements Command {
        public CommandName name() {
            return CommandName.CUSTOMER;
        }
    }

    record Merge(CommandLine line, String targetNumber) implements Command {
        public CommandName name() {
            return CommandName.MERGE;
        }
    }

    record Link(CommandLine line, String targetNumber) implements Command {
        public CommandName name() {
            return CommandName.LINK;
        }
    }

    record Escalate(CommandLine line, String reason) implements Command {
        public CommandName name() {
            return CommandName.ESCALATE;
        }
    }

    record Upsell(CommandLine line) implements Command {
        public CommandName name() {
            return CommandName.UPSELL;
        }
    }

    record Approval(CommandLine line, String scope, String timeline, String cost) implements Command {
        public CommandName name() {
            return CommandName.APPROVAL;
        }
    }

    record Help(CommandLine line) implements Command {
        public CommandName name() {
            return CommandName.HELP;
        }
    }

    /**
     * A command line that is not applied.
     *
     * @param reason what is wrong, in one sentence
     * @param suggestion the nearest command name for an unknown one, such as {@code #status}, or null
     */
    record Rejection(CommandLine line, String reason, String syntax, String suggestion) {
    }
}
