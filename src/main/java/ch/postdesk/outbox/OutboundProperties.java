package ch.postdesk.outbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings for mail that Postdesk sends.
 *
 * @param fromAddress address in From and Reply-To of mail that is not tied to a mailbox
 * @param messageIdDomain domain part of the Message-IDs Postdesk generates; it marks Postdesk's own mail
 * @param bounceAddress envelope sender (Return-Path) of outgoing mail, where delivery failures go
 * @param loopMarker value of the {@code X-Loop} header on every outgoing mail
 * @param pollInterval how often the outbox route looks for due mail
 * @param batchSize maximum number of mails the outbox route claims per poll
 * @param lease how long a claimed mail stays reserved for one instance before another may retry it
 * @param maxAttempts attempts before a mail is marked failed and left for an operator
 * @param initialBackoff wait after the first failed attempt; doubled after each further failure
 * @param maxBackoff upper bound of the wait between attempts
 * @param smtp the SMTP relay
 */
@Validated
@ConfigurationProperties("postdesk.outbound")
public record OutboundProperties(
        @NotBlank String fromAddress,
        @NotBlank String messageIdDomain,
        String bounceAddress,
        @NotBlank String loopMarker,
        @NotNull Duration pollInterval,
        @Min(1) int batchSize,
        @NotNull Duration lease,
        @Min(1) int maxAttempts,
        @NotNull Duration initialBackoff,
        @NotNull Duration maxBackoff,
        @Valid @NotNull Smtp smtp) {

    /**
     * The SMTP relay.
     *
     * @param host relay host name
     * @param port relay port, typically 25, 465 (implicit TLS) or 587 (STARTTLS)
     * @param security {@code none}, {@code starttls} or {@code tls}
     * @param username login, empty when the relay does not require authentication
     * @param password password; read it from an environment variable, never commit it
     * @param timeout connect and read timeout
     */
    public record Smtp(
            @NotBlank String host,
            @Min(1) int port,
            @NotNull Security security,
            String username,
            String password,
            @NotNull Duration timeout) {

        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                    + ", password=" + (password == null || password.isEmpty() ? "<none>" : "<hidden>") + "]";
        }
    }

    /** Transport security of a mail connection. */
    public enum Security { NONE, STARTTLS, TLS }
}
