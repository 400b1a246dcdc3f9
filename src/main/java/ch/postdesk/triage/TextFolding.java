package ch.postdesk.triage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for case- and accent-insensitive matching: decomposes it (Unicode NFD), drops the
 * combining marks, maps {@code ß} to {@code ss} and collapses white space, so that
 * {@code Störung}, {@code STORUNG} and {@code störung} compare equal.
 */
final class TextFolding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private TextFolding() {
    }

    /** Returns {@code text} without accents, in lower case and with single spaces. */
    static String fold(String text) {
        return WHITE_SPACE.matcher(stripAccents(text)).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Returns {@code text} without accents, keeping case; used for regular expressions, whose escapes are case-sensitive. */
    static String stripAccents(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace("ß", "ss");
    }
}
