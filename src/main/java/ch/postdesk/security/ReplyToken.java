package ch.postdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-ticket, per-recipient tokens for reply addresses. Postdesk puts
 * {@code support+<token>@domain} into the Reply-To of mail to staff, so that a reply comes back
 * with proof of which ticket it belongs to and to whom the original went.
 *
 * <p>A token is {@code <ticket number in lower case>.<mac>}, where the MAC is the first 80 bits of
 * HMAC-SHA256 over the ticket number and the recipient address, written in lower-case base32.
 * Nothing is stored: verification recomputes the MAC for a candidate recipient. A token cannot
 * be forged without the key and stays valid as long as the key does; changing the key
 * invalidates all reply addresses already sent.
 */
public final class ReplyToken {

    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int MAC_CHARS = 16;

    private final SecretKeySpec key;

    /** @param key the secret; at least 16 bytes */
    public ReplyToken(String key) {
        if (key == null || key.getBytes(StandardCharsets.UTF_8).length < 16) {
            throw new IllegalArgumentException("reply token key is missing or shorter than 16 bytes;"
                    + " set postdesk.routing.reply-token-key to a long random value");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** Creates the token for mail about {@code ticketNumber} to {@code recipient}. */
    public String create(String ticketNumber, String recipient) {
        return ticketNumber.toLowerCase(Locale.ROOT) + "." + mac(ticketNumber, recipient);
    }

    /**
     * Returns {@code base} with the token as plus-address tag, such as
     * {@code support+pd-1001.abcd...@postdesk.test} for base {@code support@postdesk.test}.
     */
    public String replyAddress(String base, String ticketNumber, String recipient) {
        int at = base.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("'" + base + "' is not a mail address");
        }
        return base.substring(0, at) + "+" + create(ticketNumber, recipient) + base.substring(at);
    }

    /** Returns whether {@code token} was created for {@code recipient}; compares in constant time. */
    public boolean verify(String token, String recipient) {
        Optional<String> ticket = ticketNumberOf(token);
        if (ticket.isEmpty()) {
            return false;
        }
        String expected = create(ticket.get(), recipient);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** Returns the ticket number (upper case) a well-formed token names; it is not verified yet. */
    public static Optional<String> ticketNumberOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0 || token.length() - dot - 1 != MAC_CHARS) {
            return Optional.empty();
        }
        return Optional.of(token.substring(0, dot).toUpperCase(Locale.ROOT));
    }

    /**
     * Returns the token of a plus-address whose base is {@code base}, such as the token in
     * {@code support+pd-1001.abcd...@postdesk.test} for base {@code support@postdesk.test}.
     */
    public static Optional<String> tokenOf(String address, String base) {
        if (address == null || base == null) {
            return Optional.empty();
        }
        String lowerAddress = address.toLowerCase(Locale.ROOT);
        String lowerBase = base.toLowerCase(Locale.ROOT);
        int at = lowerAddress.lastIndexOf('@');
        int baseAt = lowerBase.lastIndexOf('@');
        if (at <= 0 || baseAt <= 0 || !lowerAddress.substring(at).equals(lowerBase.substring(baseAt))) {
            return Optional.empty();
        }
        String prefix = lowerBase.substring(0, baseAt) + "+";
        String local = lowerAddress.substring(0, at);
        return local.startsWith(prefix) && local.length() > prefix.length()
                ? Optional.of(local.substring(prefix.length())) : Optional.empty();
    }

    private String mac(String ticketNumber, String recipient) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(("reply\n" + ticketNumber.toUpperCase(Locale.ROOT) + "\n"
                    + recipient.trim().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return base32(digest).substring(0, MAC_CHARS);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }
}
