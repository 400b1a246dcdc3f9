package ch.postdesk.command;

import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.command.Command.Rejection;
import ch.postdesk.command.CommandValidator.Context;
import ch.postdesk.command.CommandValidator.Plan;
import ch.postdesk.directory.Directory;
import ch.postdesk.directory.TestDirectories;
import ch.postdesk.ticket.TicketStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandValidatorTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Directory DIRECTORY = TestDirectories.valid();

    private static Context context(Set<CommandName> allowed) {
        return new Context(DIRECTORY, "agent@example.test", allowed, "agent", "PD-1001", true, ZoneId.of("Europe/Zurich"),
                NOW, number -> number.equals("PD-1002"));
    }

    private static Plan validate(String text) {
        return CommandValidator.validate(CommandParser.parse(text), context(EnumSet.allOf(CommandName.class)));
    }

    @Test
    void acceptsEveryCommandInItsSyntax() {
        Plan plan = validate("""
                #reply
                #status waiting-customer
                #priority p1
                #type Incident
                #team data
                #assign me
                #tag +vip -old
                #due 2026-12-24 15:00
                #link PD-1002
                #escalate customer threatens to cancel
                #approval cost=CHF 480; timeline=3 days; scope=new fuser
                #help
                Please restart the printer.""");

        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.accepted()).extracting(Command::name).containsExactly(CommandName.REPLY, CommandName.STATUS,
                CommandName.PRIORITY, CommandName.TYPE, CommandName.TEAM, CommandName.ASSIGN, CommandName.TAG,
                CommandName.DUE, CommandName.LINK, CommandName.ESCALATE, CommandName.APPROVAL, CommandName.HELP);
        assertThat(((Command.Reply) plan.accepted().get(0)).text()).isEqualTo("Please restart the printer.");
        assertThat(((Command.Status) plan.accepted().get(1)).status()).isEqualTo(TicketStatus.WAITING_CUSTOMER);
        assertThat(((Command.Priority) plan.accepted().get(2)).priority()).isEqualTo("P1");
        assertThat(((Command.Assign) plan.accepted().get(5)).assignee()).isEqualTo("agent@example.test");
        Command.Tag tag = (Command.Tag) plan.accepted().get(6);
        assertThat(tag.add()).containsExactly("vip");
        assertThat(tag.remove()).containsExactly("old");
        assertThat(((Command.Due) plan.accepted().get(7)).due()).isEqualTo(Instant.parse("2026-12-24T14:00:00Z"));
    }

    @Test
    void unknownCommandSuggestsNearest() {
        Plan plan = validate("#stauts resolved\n#prio P2\n#frobnicate");

        assertThat(plan.accepted()).isEmpty();
        assertThat(plan.rejected()).extracting(Rejection::suggestion).containsExactly("#status", "#priority", null);
        assertThat(plan.rejected().get(0).reason()).contains("#stauts is not a command").contains("did you mean #status?");
        assertThat(plan.rejected().get(0).syntax()).startsWith("#status <open|");
        assertThat(plan.rejected().get(2).syntax()).isEqualTo("#help");
    }

    @Test
    void invalidValuesAreRejectedWithSyntax() {
        Plan plan = validate("""
                #status spam
                #priority P5
                #type bug
                #team nosuchteam
                #assign stranger@example.test
                #due 2020-01-01
                #due""");

        assertThat(plan.accepted()).isEmpty();
        assertThat(plan.rejected()).extracting(Rejection::reason).containsExactly(
                "'spam' is not a status that #status may set",
                "'P5' is not a priority",
                "'bug' is not a ticket type",
                "'nosuchteam' is not a team; use one of [platform, data]",
                "stranger@example.test is not an agent in the directory",
                "'2020-01-01' is in the past",
                "the value is missing");
    }

    @Test
    void secondCopyIsRejected() {
        Plan plan = validate("#priority P2\n#priority P3\n#tag a\n#tag b");

        assertThat(plan.accepted()).extracting(Command::name).containsExactly(CommandName.PRIORITY, CommandName.TAG,
                CommandName.TAG);
        assertThat(plan.rejected()).extracting(Rejection::reason)
                .containsExactly("#priority appears more than once; only the first is applied");
    }

    @Test
    void validCommandsApplyNextToInvalidOnes() {
        Plan plan = validate("#priority P2\n#stauts resolved\n#tag +vip");

        assertThat(plan.accepted()).extracting(Command::name).containsExactly(CommandName.PRIORITY, CommandName.TAG);
        assertThat(plan.rejected()).hasSize(1);
    }

    @Test
    void replyNeedsText() {
        Plan plan = validate("#reply\n#status resolved");

        assertThat(plan.rejected()).extracting(Rejection::reason)
                .containsExactly("there is no text below the command lines to send");
        assertThat(plan.accepted()).extracting(Command::name).containsExactly(CommandName.STATUS);
    }

    @Test
    void replyNeedsCustomerAddress() {
        Context noContact = new Context(DIRECTORY, "agent@example.test", EnumSet.allOf(CommandName.class), "agent",
                "PD-1001", false, ZoneId.of("UTC"), NOW, number -> true);

        Plan plan = CommandValidator.validate(CommandParser.parse("#reply\nHello"), noContact);

        assertThat(plan.rejected().get(0).reason()).isEqualTo("the ticket has no customer address to reply to");
    }

    @Test
    void statusConflictsWithMergeAndUpsell() {
        Plan merge = validate("#status resolved\n#merge PD-1002");
        Plan upsell = validate("#upsell\n#status closed\n#type request");

        assertThat(merge.accepted()).extracting(Command::name).containsExactly(CommandName.MERGE);
        assertThat(merge.rejected().get(0).reason()).contains("cannot be combined with #merge");
        assertThat(upsell.accepted()).extracting(Command::name).containsExactly(CommandName.UPSELL);
        assertThat(upsell.rejected()).extracting(r -> r.line().name()).containsExactly("status", "type");
    }

    @Test
    void mergeAndLinkNeedAnotherExistingTicket() {
        Plan plan = validate("#merge PD-1001\n#link PD-9999\n#link nonsense words");

        assertThat(plan.rejected()).extracting(Rejection::reason).containsExactly(
                "a ticket cannot be merged into itself", "ticket PD-9999 not found",
                "'nonsense words' is not a ticket number");
    }

    @Test
    void roleLimitsCommands() {
        Set<CommandName> teamMember = CommandPermissions.allowed(DIRECTORY.agentForAddress("agent@example.test")
                .map(agent -> new ch.postdesk.directory.DirectoryFile.Agent(agent.name(), agent.addresses(),
                        agent.teams(), List.of("team-member"), null)).orElseThrow(),
                CommandProperties.DEFAULT_TEAM_MEMBER_COMMANDS, false);
        Context context = new Context(DIRECTORY, "agent@example.test", teamMember, "team-member", "PD-1001", true,
                ZoneId.of("UTC"), NOW, number -> true);

        Plan plan = CommandValidator.validate(CommandParser.parse(
                "#customer acme\n#approval cost=1; timeline=2; scope=3\n#status resolved"), context);

        assertThat(plan.accepted()).extracting(Command::name).containsExactly(CommandName.STATUS);
        assertThat(plan.rejected()).extracting(Rejection::reason).containsExactly(
                "your role (team-member) may not run #customer", "your role (team-member) may not run #approval");
    }

    @Test
    void nobodyOutsideTheAgentsMayRunCommands() {
        assertThat(CommandPermissions.allowed(null, CommandProperties.DEFAULT_TEAM_MEMBER_COMMANDS, true)).isEmpty();
    }

    @Test
    void approvalTakesScopeFromText() {
        Plan plan = validate("#approval cost=CHF 480.00; timeline=within 3 business days\nReplace the fuser unit.");

        Command.Approval approval = (Command.Approval) plan.accepted().get(0);
        assertThat(approval.scope()).isEqualTo("Replace the fuser unit.");
        assertThat(approval.cost()).isEqualTo("CHF 480.00");
        assertThat(approval.timeline()).isEqualTo("within 3 business days");
    }

    @Test
    void approvalWithReplyNeedsScopeField() {
        Plan plan = validate("#reply\n#approval cost=1; timeline=2\nHello");

        assertThat(plan.rejected().get(0).reason()).contains("give the scope as scope=");
    }

    @Test
    void dueAcceptsDateRelativeAndNone() {
        Plan plan = CommandValidator.validate(CommandParser.parse("#due 2026-12-03"), context(EnumSet.allOf(CommandName.class)));
        Plan relative = CommandValidator.validate(CommandParser.parse("#due +2d"), context(EnumSet.allOf(CommandName.class)));
        Plan none = CommandValidator.validate(CommandParser.parse("#due none"), context(EnumSet.allOf(CommandName.class)));

        assertThat(((Command.Due) plan.accepted().get(0)).due()).isEqualTo(Instant.parse("2026-12-03T22:59:00Z"));
        assertThat(((Command.Due) relative.accepted().get(0)).due()).isEqualTo(NOW.plusSeconds(2 * 86_400));
        assertThat(((Command.Due) none.accepted().get(0)).due()).isNull();
    }

    @Test
    void nearestNeedsCloseName() {
        assertThat(CommandName.nearest("replay")).contains(CommandName.REPLY);
        assertThat(CommandName.nearest("escalation")).contains(CommandName.ESCALATE);
        assertThat(CommandName.nearest("xyz")).isEmpty();
    }
}
