package ch.postdesk.parsing;

import jakarta.mail.Address;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses address headers (From, To, Cc, Reply-To) leniently. Group members are flattened into the
 * list, display names are decoded, and text that holds no valid address is kept as a
 * {@link MailAddress} with only {@code raw} set, so that a broken header never fails the mail.
 */
final class AddressParser {

    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>");
    private static final Pattern BARE_ADDRESS = Pattern.compile("[^\\s<>()\",;:]+@[^\\s<>()\",;:]+");

    private static final Pattern OBSOLETE_COMMENT = Pattern.compile("\\([^()]*\\)");
    private static final Pattern SOURCE_ROUTE = Pattern.compile("^@[^:@\\s]+(?:,\\s*@[^:@\\s]+)*:(.+@.+)$");

    /** An encoded word with a comma, which RFC 2047 forbids in a phrase but clients write unquoted ("Bürling, Andreas"). */
    private static final Pattern ENCODED_WORD_WITH_COMMA = Pattern.compile("=\\?[^?\\s\"]+\\?[bBqQ]\\?[^?\\s\"]*,[^?\\s\"]*\\?=");

    private AddressParser() {
    }

    /**
     * Parses an address list.
     *
     * @param raw the header value with raw 8-bit bytes already decoded but encoded words still encoded
     * @param warnings receives a warning when the list is not valid RFC 5322
     */
    static List<MailAddress> parse(String raw, String headerName, List<String> warnings) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String unfolded = quoteEncodedWordsWithComma(HeaderDecoder.unfold(raw).strip());
        try {
            List<MailAddress> result = new ArrayList<>();
            for (Address address : InternetAddress.parseHeader(unfolded, false)) {
                if (address instanceof InternetAddress internet) {
                    if (internet.isGroup()) {
                        for (InternetAddress member : internet.getGroup(false)) {
                            result.add(toMailAddress(member));
                        }
                    } else {
                        result.add(toMailAddress(internet));
                    }
                }
            }
            if (result.stream().anyMatch(a -> !a.valid())) {
                warnings.add(headerName + " contains an invalid address; kept as text");
            }
            return result;
        } catch (AddressException | RuntimeException e) {
            warnings.add(headerName + " header is not a valid address list; kept as text");
            return fallback(unfolded);
        }
    }

    /** Puts an unquoted encoded word that contains a comma into quotes, so that the list is not split inside it. */
    private static String quoteEncodedWordsWithComma(String value) {
        if (value.indexOf('"') >= 0 || !ENCODED_WORD_WITH_COMMA.matcher(value).find()) {
            return value;
        }
        return ENCODED_WORD_WITH_COMMA.matcher(value).replaceAll(match -> Matcher.quoteReplacement("\"" + match.group() + "\""));
    }

    /** Splits a broken list at commas outside quotes and picks an address out of each piece where one is. */
    private static List<MailAddress> fallback(String value) {
        List<MailAddress> result = new ArrayList<>();
        for (String piece : splitOutsideQuotes(value)) {
            String trimmed = piece.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher angle = ANGLE_ADDRESS.matcher(trimmed);
            Matcher bare = BARE_ADDRESS.matcher(trimmed);
            boolean angled = angle.find();
            String address = angled ? angle.group(1) : bare.find() ? bare.group() : null;
            String name = angled && trimmed.indexOf('<') > 0 ? cleanName(trimmed.substring(0, trimmed.indexOf('<'))) : null;
            String decodedRaw = HeaderDecoder.decodeEncodedWords(trimmed);
            result.add(new MailAddress(address == null ? null : address.toLowerCase(Locale.ROOT),
                    name, decodedRaw));
        }
        return result;
    }

    private static List<String> splitOutsideQuotes(String value) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' && (i == 0 || value.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>' && angle > 0) {
                angle--;
            }
            if ((c == ',' || c == ';') && !quoted && angle == 0) {
                pieces.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        pieces.add(current.toString());
        return pieces;
    }

    private static MailAddress toMailAddress(InternetAddress address) {
        String addr = withoutObsoleteSyntax(address.getAddress());
        boolean valid = addr != null && addr.indexOf('@') > 0 && addr.indexOf('@') < addr.length() - 1
                && addr.chars().noneMatch(Character::isWhitespace);
        String personal = address.getPersonal();
        String name = personal == null ? null : cleanName(personal);
        String raw = name == null ? String.valueOf(addr) : name + " <" + addr + ">";
        return new MailAddress(valid ? addr.toLowerCase(Locale.ROOT) : null, name, raw);
    }

    /**
     * Removes what RFC 5322 section 4 allows in the obsolete address syntax and says to ignore:
     * comments inside the address ({@code c@(host comment)example.org}) and a source route
     * ({@code @relay.example:mary@example.net}). Jakarta Mail keeps both in the address.
     */
    private static String withoutObsoleteSyntax(String addr) {
        if (addr == null) {
            return null;
        }
        String result = addr;
        if (result.indexOf('(') >= 0 && result.indexOf('"') < 0) {
            String previous;
            do {
                previous = result;
                result = OBSOLETE_COMMENT.matcher(result).replaceAll("");
            } while (!result.equals(previous));
            result = result.replaceAll("\\s+", "");
        }
        Matcher route = SOURCE_ROUTE.matcher(result);
        return route.matches() ? route.group(1) : result;
    }

    /** Decodes encoded words left in a display name (Jakarta Mail skips words with unknown charsets) and unquotes it. */
    private static String cleanName(String personal) {
        String name = HeaderDecoder.decodeEncodedWords(personal).strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).replace("\\\"", "\"").strip();
        }
        return name.isEmpty() ? null : name;
    }
}
