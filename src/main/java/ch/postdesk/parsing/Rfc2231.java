package ch.postdesk.parsing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2231 extended parameter values ({@code filename*=charset'lang'%XX..} and the
 * continuations {@code filename*0*=}, {@code filename*1=} ...).
 *
 * <p>Jakarta Mail decodes these too, but maps the charset label with its own table, so
 * {@code iso-2022-jp} loses the Microsoft extensions (circled digits, roman numerals) that Japanese
 * clients put into filenames. This class looks the label up with {@link Charsets#forLabel}.
 */
final class Rfc2231 {

    private static final Pattern SECTION = Pattern.compile(
            "(?i)(?:^|;)\\s*([a-z0-9_-]+)\\*(?:(\\d+)(\\*)?)?\\s*=\\s*(\"[^\"]*\"|[^;\\s]*)");

    private Rfc2231() {
    }

    /**
     * Returns the decoded value of the extended parameter {@code name} in a raw header value, or
     * null when the header has no extended form of it or its charset is unknown.
     */
    static String parameter(String headerValue, String name) {
        if (headerValue == null) {
            return null;
        }
        Matcher matcher = SECTION.matcher(HeaderDecoder.unfold(headerValue));
        Map<Integer, String[]> sections = new TreeMap<>();
        while (matcher.find()) {
            if (!matcher.group(1).equalsIgnoreCase(name)) {
                continue;
            }
            int index = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            boolean encoded = matcher.group(2) == null || matcher.group(3) != null;
            String value = matcher.group(4);
            if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                value = value.substring(1, value.length() - 1);
            }
            sections.putIfAbsent(index, new String[] {value, encoded ? "*" : ""});
        }
        if (sections.isEmpty() || !sections.containsKey(0)) {
            return null;
        }
        String first = sections.get(0)[0];
        boolean firstEncoded = !sections.get(0)[1].isEmpty();
        int quote = first.indexOf('\'');
        int secondQuote = quote < 0 ? -1 : first.indexOf('\'', quote + 1);
        if (!firstEncoded || secondQuote < 0) {
            return null;
        }
        Charset charset = Charsets.forLabel(first.substring(0, quote));
        if (charset == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        sections.get(0)[0] = first.substring(secondQuote + 1);
        for (String[] section : sections.values()) {
            appendSection(bytes, section[0], !section[1].isEmpty());
        }
        return new String(bytes.toByteArray(), charset);
    }

    private static void appendSection(ByteArrayOutputStream bytes, String value, boolean percentEncoded) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (percentEncoded && c == '%' && isHex(value, i + 1) && isHex(value, i + 2)) {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c & 0xFF);
            }
        }
    }

    private static boolean isHex(String value, int index) {
        return index < value.length() && Character.digit(value.charAt(index), 16) >= 0;
    }
}
