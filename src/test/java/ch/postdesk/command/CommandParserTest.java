package ch.postdesk.command;

import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.command.CommandParser.CommandBlock;
import ch.postdesk.command.CommandParser.CommandLine;
import ch.postdesk.parsing.VisibleText;
import org.junit.jupiter.api.Test;

class CommandParserTest {

    @Test
    void readsCommandsAtTheTop() {
        CommandBlock block = CommandParser.parse("""

                #status resolved
                #Priority p2

                #tag +printer -hardware
                Thanks, the driver update fixed it.
                Second line.""");

        assertThat(block.commands()).extracting(CommandLine::name).containsExactly("status", "Priority", "tag");
        assertThat(block.commands()).extracting(CommandLine::argument)
                .containsExactly("resolved", "p2", "+printer -hardware");
        assertThat(block.text()).isEqualTo("Thanks, the driver update fixed it.\nSecond line.");
    }

    @Test
    void ignoresCommandsBelowFreeText() {
        CommandBlock block = CommandParser.parse("""
                Looked into it.
                #status closed
                #reply""");

        assertThat(block.commands()).isEmpty();
        assertThat(block.text()).startsWith("Looked into it.").contains("#status closed");
    }

    @Test
    void hashWithoutLetterIsText() {
        CommandBlock block = CommandParser.parse("#1 problem is the fuser\n#status resolved");

        assertThat(block.commands()).isEmpty();
        assertThat(block.text()).startsWith("#1 problem");
    }

    @Test
    void ignoresCommandsInQuotedHistory() {
        String reply = """
                Fuser replaced.

                On Mon, 30 Nov 2026 at 10:00, Postdesk <support@postdesk.test> wrote:
                > #status closed
                > #priority P1
                """;

        CommandBlock block = CommandParser.parse(VisibleText.extract(reply));

        assertThat(block.commands()).isEmpty();
        assertThat(block.text()).isEqualTo("Fuser replaced.");
    }

    @Test
    void quoteLineEndsTheBlock() {
        CommandBlock block = CommandParser.parse("#note\n> #status closed\nmy answer below the quote");

        assertThat(block.commands()).extracting(CommandLine::name).containsExactly("note");
        assertThat(block.text()).startsWith("> #status closed");
    }

    @Test
    void toleratesNoBreakSpacesFromHtml() {
        CommandBlock block = CommandParser.parse("\u00a0\n#status\u00a0waiting-customer\u00a0\n\u00a0\nPlease send a photo.");

        assertThat(block.commands()).extracting(CommandLine::argument).containsExactly("waiting-customer");
        assertThat(block.text()).isEqualTo("Please send a photo.");
    }

    @Test
    void emptyInputHasNoCommands() {
        assertThat(CommandParser.parse(null).hasCommands()).isFalse();
        assertThat(CommandParser.parse("  \n ").text()).isEmpty();
    }

    @Test
    void lineNumbersCountFromOne() {
        CommandBlock block = CommandParser.parse("\n#help");

        assertThat(block.commands().get(0).lineNumber()).isEqualTo(2);
        assertThat(block.commands().get(0).line()).isEqualTo("#help");
    }
}
