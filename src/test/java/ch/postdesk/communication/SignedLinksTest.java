package ch.postdesk.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SignedLinksTest {

    private static final Instant EXPIRES = Instant.parse("2026-12-18T10:00:00Z");

    private static CommunicationProperties properties(String secret) {
        CommunicationProperties.Tier tier = new CommunicationProperties.Tier(2, 3, 6, 10);
        return new CommunicationProperties(Duration.ofMinutes(15), false, Duration.ofDays(14),
                "https://support.example.test/", secret, Duration.ofDays(14), false, Duration.ofDays(30), 2, tier,
                Map.of(), Map.of());
    }

    private static SignedLinks links(String secret) {
        return new SignedLinks(properties(secret), new MockEnvironment());
    }

    @Test
    void signedTokenVerifies() {
        SignedLinks links = links("0123456789abcdef0123456789abcdef");
        String token = links.sign("approval", 42, "a1b2c3", EXPIRES);

        SignedLinks.Claims claims = links.verify("approval", token).orElseThrow();
        assertThat(claims.id()).isEqualTo(42);
        assertThat(claims.nonce()).isEqualTo("a1b2c3");
        assertThat(claims.expiresAt()).isEqualTo(EXPIRES);
        assertThat(links.url("/p/approvals/" + token)).startsWith("https://support.example.test/p/approvals/");
    }

    @Test
    void tamperedTokenRejected() {
        SignedLinks links = links("0123456789abcdef0123456789abcdef");
        String token = links.sign("approval", 42, "a1b2c3", EXPIRES);
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("approval.43.a1b2c3.1797588000".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(links.verify("approval", forgedPayload + token.substring(token.indexOf('.')))).isEmpty();
        assertThat(links.verify("approval", token.substring(0, token.length() - 2) + "xx")).isEmpty();
        assertThat(links.verify("survey", token)).isEmpty();
        assertThat(links.verify("approval", "garbage")).isEmpty();
        assertThat(links("another-secret-0123456789abcdef0123").verify("approval", token)).isEmpty();
    }

    @Test
    void otherSpellingOfSignatureRejected() {
        SignedLinks links = links("0123456789abcdef0123456789abcdef");
        String token = links.sign("approval", 42, "a1b2c3", EXPIRES);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char last = token.charAt(token.length() - 1);
        // A 32-byte signature fills 43 characters; the lowest bit of the last one carries no data.
        char sameBytes = alphabet.charAt(alphabet.indexOf(last) ^ 1);

        assertThat(links.verify("approval", token.substring(0, token.length() - 1) + sameBytes)).isEmpty();
        assertThat(links.verify("approval", token)).isPresent();
    }

    @Test
    void missingSecretRejectedOutsideDemo() {
        assertThatThrownBy(() -> links(null)).hasMessageContaining("POSTDESK_LINK_SECRET");
        assertThatThrownBy(() -> links("short")).hasMessageContaining("too short");
    }
}
