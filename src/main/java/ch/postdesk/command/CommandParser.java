package ch.postdesk.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the command lines at the top of a staff mail's new text. Command lines start with
 * {@code #} and a letter; blank lines between them are allowed. The first other line ends the
 * block, so a {@code #} line below free text, in quoted history or in the signature is text.
 * The input is the mail's visible text: quoted history and signature are already removed, and
 * an HTML-only mail has already been converted to text.
 */
public final class CommandParser {

    private static final Pattern COMMAND_LINE = Pattern.compile("^#(\\p{L}[\\p{L}\\p{N}_-]*)(?:\\s+(.*))?$");

    private CommandParser() {
    }

    /** Splits {@code visibleText} into its command lines and the text below them. */
    public static CommandBlock parse(String visibleText) {
        if (visibleText == null || visibleText.isBlank()) {
            return new CommandBlock(List.of(), "");
        }
        String[] lines = visibleText.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<CommandLine> commands = new ArrayList<>();
        int index = 0;
        for (; index < lines.length; index++) {
            String line = clean(lines[index]);
            if (line.isEmpty()) {
                continue;
            }
            Matcher matcher = COMMAND_LINE.matcher(line);
            if (!matcher.matches()) {
                break;
            }
            String argument = matcher.group(2) == null ? "" : matcher.group(2).strip();
            commands.add(new CommandLine(index + 1, line, matcher.group(1), argument));
        }
        StringBuilder text = new StringBuilder();
        for (int i = index; i < lines.length; i++) {
            text.append(lines[i]).append('\n');
        }
        return new CommandBlock(List.copyOf(commands), text.toString().strip());
    }

    /** Trims a line, including the no-break spaces that HTML conversion leaves for {@code &nbsp;}. */
    private static String clean(String line) {
        return line.replace('\u00a0', ' ').replace("\u200b", "").strip();
    }

    /**
     * One command line.
     *
     * @param lineNumber line of the visible text, counted from 1
     * @param line the whole line as written, trimmed
     * @param name the word after {@code #}, as written
     * @param argument the rest of the line, trimmed; empty when there is none
     */
    public record CommandLine(int lineNumber, String line, String name, String argument) {
    }

    /**
     * The command lines of a mail and its free text.
     *
     * @param text the visible text below the command lines, trimmed; empty when there is none
     */
    public record CommandBlock(List<CommandLine> commands, String text) {

        public boolean hasCommands() {
            return !commands.isEmpty();
        }
    }
}
