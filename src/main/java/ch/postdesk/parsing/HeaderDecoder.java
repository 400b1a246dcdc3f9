package ch.postdesk.parsing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes header values: raw 8-bit bytes and RFC 2047 encoded words.
 *
 * <p>Jakarta Mail reads header bytes as ISO-8859-1 characters when {@code mail.mime.allowutf8} is
 * off, so every character below 256 is one original byte. This class turns such a string back into
 * bytes and decodes it with {@link Charsets#decodeUnlabelled}, then decodes encoded words leniently:
 * adjacent words are joined (also when one multi-byte character is split between them), a missing
 * Base64 padding is tolerated, and an unknown charset label falls back to detection.
 */
public final class HeaderDecoder {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?]*?)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[ \\t\\r\\n]*");

    private HeaderDecoder() {
    }

    /** Decodes a raw header value: unfolds it, decodes 8-bit bytes and encoded words, and strips it. */
    public static String decode(String raw) {
        return decode(raw, null);
    }

    /**
     * Decodes a raw header value like {@link #decode(String)}; raw 8-bit bytes that are not UTF-8
     * are decoded with {@code charsetHint} (usually the charset the body declares) when they are
     * valid in it.
     */
    public static String decode(String raw, String charsetHint) {
        if (raw == null) {
            return null;
        }
        String unfolded = unfold(raw);
        return decodeEncodedWords(decode8bit(unfolded, charsetHint)).strip();
    }

    /** Removes the line breaks of folded header lines. */
    public static String unfold(String value) {
        return value.replaceAll("\\r?\\n(?=[ \\t])", "").replace("\r", "").replace("\n", "");
    }

    /** Decodes raw 8-bit bytes that arrived as ISO-8859-1 characters; other strings are returned unchanged. */
    public static String decode8bit(String value) {
        return decode8bit(value, null);
    }

    /** Decodes raw 8-bit bytes as UTF-8 when valid, else in {@code charsetHint} when valid, else by detection. */
    public static String decode8bit(String value, String charsetHint) {
        boolean high = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xFF) {
                return value;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        if (Charsets.strictUtf8(bytes) == null && Charsets.mostlyUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (Charsets.strictUtf8(bytes) == null && charsetHint != null) {
            String hinted = Charsets.strict(bytes, Charsets.forLabel(charsetHint));
            if (hinted != null) {
                return hinted;
            }
        }
        return Charsets.decodeUnlabelled(bytes);
    }

    /** Decodes every RFC 2047 encoded word in {@code value}, joining adjacent words. */
    public static String decodeEncodedWords(String value) {
        if (value == null || !value.contains("=?")) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        Matcher matcher = ENCODED_WORD.matcher(value);
        int position = 0;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        while (matcher.find()) {
            String between = value.substring(position, matcher.start());
            boolean adjacent = pendingCharset != null && BETWEEN_WORDS.matcher(between).matches();
            String charset = matcher.group(1);
            int star = charset.indexOf('*');
            if (star >= 0) {
                charset = charset.substring(0, star);
            }
            if (!adjacent || !charset.equalsIgnoreCase(pendingCharset)) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                if (!adjacent) {
                    out.append(between);
                }
            }
            byte[] bytes = matcher.group(2).equalsIgnoreCase("B") ? base64(matcher.group(3)) : q(matcher.group(3));
            pending.writeBytes(bytes);
            pendingCharset = charset;
            position = matcher.end();
        }
        flush(out, pending, pendingCharset);
        out.append(value, position, value.length());
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (charset == null || pending.size() == 0) {
            pending.reset();
            return;
        }
        byte[] bytes = pending.toByteArray();
        pending.reset();
        Charset declared = Charsets.forLabel(charset);
        out.append(declared == null ? Charsets.decodeUnlabelled(bytes) : Charsets.decode(bytes, charset).text());
    }

    private static byte[] base64(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9+/]", "");
        int remainder = cleaned.length() % 4;
        if (remainder == 1) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        } else if (remainder > 1) {
            cleaned = cleaned + "==".substring(0, 4 - remainder);
        }
        try {
            return Base64.getDecoder().decode(cleaned);
        } catch (IllegalArgumentException e) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] q(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c > 0xFF) {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
