package ch.postdesk.approval;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a decision from the first non-blank line of a reply: {@code APPROVE}/{@code APPROVED}
 * or {@code GENEHMIGT}/{@code GENEHMIGEN} approve, {@code DECLINE}/{@code DECLINED} or
 * {@code ABGELEHNT}/{@code ABLEHNEN} decline, in any case and in every ticket language. The
 * keyword must be the first word; anything after it on the line is ignored.
 */
public final class ApprovalKeywords {

    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([\\p{L}]+)\\b[\\s\\p{Punct}]*.*$");

    private ApprovalKeywords() {
    }

    /** Returns true for approval, false for decline, or empty when the first line holds no keyword. */
    public static Optional<Boolean> decision(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        Matcher matcher = FIRST_WORD.matcher(firstLine);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return switch (matcher.group(1).toUpperCase(Locale.ROOT)) {
            case "APPROVE", "APPROVED", "GENEHMIGT", "GENEHMIGEN" -> Optional.of(true);
            case "DECLINE", "DECLINED", "ABGELEHNT", "ABLEHNEN" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
