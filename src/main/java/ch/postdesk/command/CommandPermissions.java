package ch.postdesk.command;

import ch.postdesk.directory.DirectoryFile.Agent;
import java.util.EnumSet;
import java.util.Set;

/**
 * Command permissions by directory role. Agents and leads may run every command, and
 * so may an agent entry without roles. A person with only the {@code team-member} role may run
 * the configured team-member commands; {@code #approval} also needs
 * {@code postdesk.communication.team-members-may-request-approvals}. Anyone who is not in the
 * directory's agents (account managers, the support lead entry, team queues, on-call addresses)
 * may run none.
 */
public final class CommandPermissions {

    private CommandPermissions() {
    }

    public static Set<CommandName> allowed(Agent agent, Set<String> teamMemberCommands,
            boolean teamMembersMayRequestApprovals) {
        if (agent == null) {
            return EnumSet.noneOf(CommandName.class);
        }
        if (agent.roles().isEmpty() || agent.roles().contains("agent") || agent.roles().contains("lead")) {
            return EnumSet.allOf(CommandName.class);
        }
        Set<CommandName> allowed = EnumSet.noneOf(CommandName.class);
        if (agent.roles().contains("team-member")) {
            teamMemberCommands.forEach(name -> CommandName.of(name).ifPresent(allowed::add));
            if (!teamMembersMayRequestApprovals) {
                allowed.remove(CommandName.APPROVAL);
            }
        }
        return allowed;
    }

    /** Returns the roles for rejection messages, such as {@code team-member}, or a note that the sender is no agent. */
    public static String describe(Agent agent) {
        if (agent == null) {
            return "not an agent in the directory";
        }
        return agent.roles().isEmpty() ? "agent" : String.join(", ", agent.roles());
    }
}
