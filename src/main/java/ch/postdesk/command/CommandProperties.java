package ch.postdesk.command;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Commands by mail.
 *
 * @param trustedAuthservIds authserv-ids of the MTAs whose {@code Authentication-Results} fields count
 *     as proof of the sender (DKIM or DMARC pass); empty means only reply tokens prove a sender. Each
 *     MTA must remove fields with its own id from incoming mail.
 * @param teamMemberCommands commands that a person with only the {@code team-member} role may run,
 *     by name without {@code #}; agents and leads may run every command
 */
@Validated
@ConfigurationProperties("postdesk.commands")
public record CommandProperties(List<String> trustedAuthservIds, Set<String> teamMemberCommands) {

    /** Everything except changing the customer and merging, which change whom the ticket belongs to. */
    static final Set<String> DEFAULT_TEAM_MEMBER_COMMANDS = Set.of("reply", "note", "status", "priority", "type",
            "team", "assign", "tag", "due", "link", "escalate", "upsell", "approval", "help");

    public CommandProperties {
        trustedAuthservIds = trustedAuthservIds == null ? List.of() : List.copyOf(trustedAuthservIds);
        teamMemberCommands = teamMemberCommands == null || teamMemberCommands.isEmpty()
                ? DEFAULT_TEAM_MEMBER_COMMANDS : Set.copyOf(teamMemberCommands);
        for (String name : teamMemberCommands) {
            if (CommandName.of(name).isEmpty()) {
                throw new IllegalArgumentException("postdesk.commands.team-member-commands: '" + name
                        + "' is not a command; use names without # such as status or note");
            }
        }
    }
}
