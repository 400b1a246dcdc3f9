package ch.postdesk.triage;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches text against keywords or one regular expression, ignoring case and accents. A keyword
 * matches where it starts a word, so {@code print} finds "printer" but not "blueprint"; a keyword
 * of several words matches that phrase.
 */
final class TextMatcher {

    private final List<String> keywords;
    private final List<Pattern> keywordPatterns;
    private final Pattern regex;
    private final String regexSource;

    private TextMatcher(List<String> keywords, String regexSource) {
        this.keywords = keywords;
        this.keywordPatterns = keywords.stream()
                .map(keyword -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(TextFolding.fold(keyword))))
                .toList();
        this.regexSource = regexSource;
        this.regex = regexSource == null ? null : Pattern.compile(TextFolding.stripAccents(regexSource),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static TextMatcher keywords(List<String> keywords) {
        return new TextMatcher(List.copyOf(keywords), null);
    }

    /** @throws java.util.regex.PatternSyntaxException when {@code regex} is not a valid Java regular expression */
    static TextMatcher regex(String regex) {
        return new TextMatcher(List.of(), regex);
    }

    /** Returns a description of the first match, such as {@code keyword 'outage'}, or empty when nothing matches. */
    Optional<String> find(String text) {
        if (regex != null) {
            Matcher matcher = regex.matcher(TextFolding.stripAccents(text));
            return matcher.find() ? Optional.of("regex /" + regexSource + "/ (found '" + shorten(matcher.group()) + "')")
                    : Optional.empty();
        }
        String folded = TextFolding.fold(text);
        for (int i = 0; i < keywords.size(); i++) {
            if (keywordPatterns.get(i).matcher(folded).find()) {
                return Optional.of("keyword '" + keywords.get(i) + "'");
            }
        }
        return Optional.empty();
    }

    /** Describes what this matcher looks for, for explanations of a non-match. */
    String describe() {
        return regex != null ? "regex /" + regexSource + "/" : "keywords " + keywords;
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
