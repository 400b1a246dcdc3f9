package ch.postdesk.safety;

import java.util.Locale;
import java.util.Optional;

/**
 * Variable envelope return paths: Postdesk sends each mail with the envelope sender
 * {@code <bounce-local>+<token>@<bounce-domain>}, where the token is the local part of the mail's
 * Message-ID. A delivery failure returns to that address, so the token names the failed mail even
 * when the notification quotes nothing of it.
 */
public final class VerpAddress {

    /** Maximum length of an address local part (RFC 5321, section 4.5.3.1.1). */
    private static final int MAX_LOCAL_PART = 64;

    private final String local;
    private final String domain;
    private final String messageIdDomain;

    /**
     * @param bounceAddress the configured bounce address; null or blank disables VERP
     * @param messageIdDomain the domain of Postdesk's Message-IDs
     */
    public VerpAddress(String bounceAddress, String messageIdDomain) {
        if (bounceAddress == null || bounceAddress.isBlank() || bounceAddress.indexOf('@') <= 0) {
            this.local = null;
            this.domain = null;
        } else {
            String normalized = bounceAddress.strip().toLowerCase(Locale.ROOT);
            int at = normalized.lastIndexOf('@');
            this.local = normalized.substring(0, at);
            this.domain = normalized.substring(at + 1);
        }
        this.messageIdDomain = messageIdDomain == null ? null : messageIdDomain.toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the envelope sender for the mail with {@code messageId}. Returns the plain bounce
     * address when the Message-ID is not Postdesk's or the token would make the local part too
     * long, and null when no bounce address is configured.
     */
    public String envelopeSender(String messageId) {
        if (local == null) {
            return null;
        }
        String token = tokenOf(messageId);
        if (token == null || local.length() + 1 + token.length() > MAX_LOCAL_PART) {
            return local + "@" + domain;
        }
        return local + "+" + token + "@" + domain;
    }

    /** Returns the token when {@code address} is a VERP address of the bounce address. */
    public Optional<String> token(String address) {
        if (local == null || address == null) {
            return Optional.empty();
        }
        String normalized = address.strip().toLowerCase(Locale.ROOT).replaceAll("^<|>$", "");
        String prefix = local + "+";
        String suffix = "@" + domain;
        if (!normalized.startsWith(prefix) || !normalized.endsWith(suffix)) {
            return Optional.empty();
        }
        String token = normalized.substring(prefix.length(), normalized.length() - suffix.length());
        return token.isEmpty() || !token.matches("[a-z0-9._-]+") ? Optional.empty() : Optional.of(token);
    }

    /** Returns whether {@code address} is the bounce address itself or one of its VERP forms. */
    public boolean isBounceAddress(String address) {
        if (local == null || address == null) {
            return false;
        }
        String normalized = address.strip().toLowerCase(Locale.ROOT);
        return normalized.equals(local + "@" + domain) || token(normalized).isPresent();
    }

    /** Returns the Message-ID a token stands for. */
    public String messageId(String token) {
        return token + "@" + messageIdDomain;
    }

    private String tokenOf(String messageId) {
        if (messageId == null || messageIdDomain == null) {
            return null;
        }
        String normalized = messageId.toLowerCase(Locale.ROOT);
        if (!normalized.endsWith("@" + messageIdDomain)) {
            return null;
        }
        String token = normalized.substring(0, normalized.length() - messageIdDomain.length() - 1);
        return token.matches("[a-z0-9._-]+") ? token : null;
    }
}
