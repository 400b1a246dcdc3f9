package ch.postdesk.parsing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes the bytes of a text part with its declared charset, correcting the mislabels that real
 * mail clients produce.
 */
public final class Charsets {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Labels seen in mail that Java does not support, or maps to a narrower charset than senders use. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"),
            Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"),
            Map.entry("ansi_x3.4-1968", "windows-1252"),
            Map.entry("gb2312", "GBK"),
            Map.entry("iso-gb2312", "GBK"),
            Map.entry("euc-cn", "GBK"),
            Map.entry("iso-2022-jp", "x-windows-iso2022jp"),
            Map.entry("csiso2022jp", "x-windows-iso2022jp"),
            Map.entry("x-gbk", "GBK"),
            Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("ks_c_5601", "x-windows-949"),
            Map.entry("euc-kr", "x-windows-949"),
            Map.entry("big5", "Big5-HKSCS"),
            Map.entry("shift_jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"),
            Map.entry("iso-8859-8-i", "ISO-8859-8"),
            Map.entry("windows-874", "x-windows-874"),
            Map.entry("cp-850", "IBM850"));

    private Charsets() {
    }

    /** Returns the Java charset for a MIME label, or null when the label is unknown. */
    public static Charset forLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String normalized = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        String alias = ALIASES.get(normalized);
        Charset charset = lookup(alias != null ? alias : normalized);
        if (charset == null) {
            // Labels such as "x-iso-8859-2", "iso-windows-1250" or "cp-1251": retry without the prefix.
            String stripped = normalized.replaceFirst("^(x-|iso-|cs|cp-)", "");
            alias = ALIASES.get(stripped);
            charset = lookup(alias != null ? alias : stripped);
        }
        return charset;
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Decodes {@code bytes}: UTF-8 wins whenever the bytes are valid UTF-8 with non-ASCII content and
     * the label is a Western single-byte charset or missing; otherwise the declared charset, and
     * Windows-1252 when the label is unknown.
     */
    public static Decoded decode(byte[] bytes, String label) {
        Charset declared = forLabel(label);
        boolean westernOrMissing = declared == null || declared.equals(WINDOWS_1252)
                || declared.equals(StandardCharsets.US_ASCII) || declared.equals(StandardCharsets.ISO_8859_1);
        if (westernOrMissing && hasHighBytes(bytes)) {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                return new Decoded(utf8, StandardCharsets.UTF_8, declared != null || label != null);
            }
        }
        if (declared == null) {
            Charset detected = detect(bytes);
            return new Decoded(new String(bytes, detected), detected, label != null && !label.isBlank());
        }
        if (declared.equals(StandardCharsets.UTF_8)) {
            String utf8 = strictUtf8(bytes);
            if (utf8 == null && mostlyUtf8(bytes)) {
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), declared, false);
            }
            if (utf8 == null) {
                // Labelled UTF-8 but invalid: the usual cause is Windows-1252 text behind a wrong label.
                return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, true);
            }
            return new Decoded(utf8, declared, false);
        }
        return new Decoded(new String(bytes, declared), declared, false);
    }

    /** Decodes bytes that declare no charset: see {@link #detect}. */
    public static String decodeUnlabelled(byte[] bytes) {
        return new String(bytes, detect(bytes));
    }

    /**
     * Guesses the charset of unlabelled bytes: US-ASCII or valid UTF-8 as UTF-8, ISO-2022-JP when its
     * escape sequences occur, KOI8-R or Windows-1251 when most 8-bit bytes are letters of the Cyrillic
     * ranges, else Windows-1252 (a superset of ISO-8859-1 for printable text).
     */
    public static Charset detect(byte[] bytes) {
        if (!hasHighBytes(bytes)) {
            return containsIso2022Escape(bytes) ? Charset.forName("ISO-2022-JP") : StandardCharsets.UTF_8;
        }
        if (strictUtf8(bytes) != null) {
            return StandardCharsets.UTF_8;
        }
        return cyrillicGuess(bytes);
    }

    /**
     * Returns whether bytes that are not valid UTF-8 are still UTF-8 text with a few damaged sequences,
     * such as a multi-byte character cut off at the end: at most one invalid sequence per 50
     * decoded characters.
     */
    static boolean mostlyUtf8(byte[] bytes) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        long replaced = lenient.chars().filter(c -> c == 0xFFFD).count();
        long multiByte = lenient.chars().filter(c -> c >= 0x80 && c != 0xFFFD).count();
        return replaced > 0 && multiByte >= 2 * replaced && replaced * 50 <= lenient.length();
    }

    private static boolean containsIso2022Escape(byte[] bytes) {
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == 0x1B && bytes[i + 1] == '$' && (bytes[i + 2] == 'B' || bytes[i + 2] == '@')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Western text has a few accented letters between many ASCII ones; Cyrillic text in an 8-bit
     * charset has most letters in 0xC0-0xFF. KOI8-R puts lower case letters at 0xC0-0xDF and
     * Windows-1251 at 0xE0-0xFF, and running text is mostly lower case.
     */
    private static Charset cyrillicGuess(byte[] bytes) {
        int asciiLetters = 0;
        int lowerHalf = 0;
        int upperHalf = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0xC0 && v <= 0xDF) {
                lowerHalf++;
            } else if (v >= 0xE0) {
                upperHalf++;
            } else if (v < 0x80 && Character.isLetter(v)) {
                asciiLetters++;
            }
        }
        int high = lowerHalf + upperHalf;
        if (high < 4 || high < asciiLetters) {
            return WINDOWS_1252;
        }
        return lowerHalf > upperHalf ? Charset.forName("KOI8-R") : Charset.forName("windows-1251");
    }

    /** Decoded text, the charset actually used and whether it differs from what the mail declared. */
    public record Decoded(String text, Charset charset, boolean relabelled) {
    }

    static String strictUtf8(byte[] bytes) {
        return strict(bytes, StandardCharsets.UTF_8);
    }

    /** Decodes {@code bytes} in {@code charset}, or returns null when they are not valid in it. */
    static String strict(byte[] bytes, Charset charset) {
        if (charset == null) {
            return null;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
