package ch.postdesk.communication;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Signed tokens for the links in approval and survey mail. A token names its purpose, the id of
 * the record it acts on, that record's random nonce and an expiry, and carries an HMAC-SHA256 of
 * all four, so that a changed token is rejected before the database is read. Single use and
 * replacement by a newer request are enforced by the record, which must still hold the nonce.
 */
@Component
public class SignedLinks {

    /** Key of the embedded demo on loopback only; any other configuration must set its own. */
    static final String DEMO_SECRET = "postdesk-demo-link-secret-not-for-production";

    private static final Logger log = LoggerFactory.getLogger(SignedLinks.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final String baseUrl;

    public SignedLinks(CommunicationProperties properties, Environment environment) {
        String secret = properties.linkSecret();
        if (secret == null || secret.isBlank()) {
            boolean embedded = environment.getProperty("postdesk.embedded.enabled", Boolean.class, false);
            if (!embedded || !isLoopback(environment.getProperty("server.address", ""))) {
                throw new IllegalStateException("postdesk.communication.link-secret is not set: set"
                        + " POSTDESK_LINK_SECRET to a random value of at least 32 characters. Only the embedded"
                        + " demo on a loopback server.address may run without it.");
            }
            log.warn("POSTDESK_LINK_SECRET is not set: approval and survey links are signed with the demo key");
            secret = DEMO_SECRET;
        } else if (secret.length() < 32) {
            throw new IllegalStateException("postdesk.communication.link-secret is too short (" + secret.length()
                    + " characters): use a random value of at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.baseUrl = properties.publicBaseUrl();
    }

    /** The claims of a valid token. */
    public record Claims(String purpose, long id, String nonce, Instant expiresAt) {
    }

    /** Returns a new random nonce of 32 hex digits. */
    public static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public String sign(String purpose, long id, String nonce, Instant expiresAt) {
        String payload = purpose + "." + id + "." + nonce + "." + expiresAt.getEpochSecond();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** Returns the claims of {@code token} when it is well formed, correctly signed and made for {@code purpose}. */
    public Optional<Claims> verify(String purpose, String token) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
            // Compared as text, not as decoded bytes: Base64 ignores the unused low bits of the last
            // character, so several spellings decode to the same signature, and only the one
            // Postdesk wrote is accepted.
            String expected = ENCODER.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "."
                    + ENCODER.encodeToString(mac(payload));
            if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    token.getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            String[] parts = payload.split("\\.");
            if (parts.length != 4 || !parts[0].equals(purpose)) {
                return Optional.empty();
            }
            return Optional.of(new Claims(parts[0], Long.parseLong(parts[1]), parts[2],
                    Instant.ofEpochSecond(Long.parseLong(parts[3]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Returns the public address of {@code path}, which starts with a slash. */
    public String url(String path) {
        return baseUrl + path;
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && !address.isBlank() && InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
