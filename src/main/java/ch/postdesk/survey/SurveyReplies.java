package ch.postdesk.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rating from a reply to a survey: the first non-blank line holds only a number from 1
 * to 5 (optionally written as {@code 4/5}, {@code 4 of 5} or {@code 4 von 5}); the lines after it,
 * up to the quoted original, are the comment.
 */
public final class SurveyReplies {

    /** Maximum length of a stored comment; longer comments are cut. */
    static final int MAX_COMMENT = 4000;

    private static final Pattern RATING = Pattern.compile(
            "^\\s*([1-5])\\s*(?:(?:/|of|out of|von)\\s*5)?\\s*[.!]?\\s*$", Pattern.CASE_INSENSITIVE);

    /** Lines where the quoted original starts in common mail clients (English and German). */
    private static final Pattern QUOTE_START = Pattern.compile(
            "^(?:>.*|-{2,}\\s*(?:Original Message|Ursprüngliche Nachricht).*|(?:On|Am) .+(?:wrote|schrieb).*:\\s*|"
                    + "(?:From|Von):\\s.*)$", Pattern.CASE_INSENSITIVE);

    /** A rating and the comment written below it, or an empty comment. */
    public record Answer(int rating, String comment) {
    }

    private SurveyReplies() {
    }

    public static Optional<Answer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> lines = text.lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return Optional.empty();
        }
        Matcher matcher = RATING.matcher(lines.get(first));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> comment = new ArrayList<>();
        for (String line : lines.subList(first + 1, lines.size())) {
            if (QUOTE_START.matcher(line.strip()).matches()) {
                break;
            }
            comment.add(line);
        }
        String joined = String.join("\n", comment).strip();
        if (joined.length() > MAX_COMMENT) {
            joined = joined.substring(0, MAX_COMMENT);
        }
        return Optional.of(new Answer(Integer.parseInt(matcher.group(1)), joined));
    }
}
