package ch.postdesk.inbound;

import ch.postdesk.outbox.OutboundProperties.Security;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The support mailboxes that Postdesk polls. Each mailbox gets its own route, generated from the
 * {@code imap-mailbox} route template.
 *
 * @param mailboxes the mailboxes to poll; empty disables polling (the HTTP endpoint still works)
 */
@Validated
@ConfigurationProperties("postdesk.inbound")
public record InboundProperties(@Valid List<Mailbox> mailboxes) {

    public InboundProperties {
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
    }

    public Optional<Mailbox> mailbox(String id) {
        return mailboxes.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * One IMAP mailbox.
     *
     * @param id short name used in route ids, logs and the API, such as {@code support}
     * @param address the support address that customers write to; it is also the From of answers
     * @param displayName display name in the From of answers, such as {@code Acme Support}
     * @param host IMAP server
     * @param port IMAP port, typically 143 or 993
     * @param security {@code none}, {@code starttls} or {@code tls}
     * @param username IMAP login
     * @param password IMAP password; read it from an environment variable
     * @param folder folder to poll
     * @param processedFolder folder that processed mail moves to, created if missing
     * @param pollDelay wait between two polls
     * @param maxMessagesPerPoll upper bound of messages taken in one poll
     * @param timeout connect and read timeout of the IMAP connection
     * @param enabled whether the mailbox is polled
     */
    public record Mailbox(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String id,
            @NotBlank String address,
            String displayName,
            @NotBlank String host,
            @Min(1) int port,
            @NotNull Security security,
            @NotBlank String username,
            String password,
            @NotBlank String folder,
            @NotBlank String processedFolder,
            @NotNull Duration pollDelay,
            @Min(1) int maxMessagesPerPoll,
            @NotNull Duration timeout,
            boolean enabled) {

        @Override
        public String toString() {
            return "Mailbox[id=" + id + ", address=" + address + ", host=" + host + ", port=" + port
                    + ", username=" + username + ", password=<hidden>]";
        }
    }
}
