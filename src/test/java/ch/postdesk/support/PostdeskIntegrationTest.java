package ch.postdesk.support;

import static org.awaitility.Awaitility.await;

import ch.postdesk.embedded.EmbeddedMailServer;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application with its embedded MariaDB and GreenMail on
 * free loopback ports, shared by every test class through Spring's context cache. Outgoing mail
 * goes through {@link #SMTP_RELAY}, which a test can switch off to simulate an SMTP outage.
 * Tests keep apart by using unique addresses and Message-IDs instead of cleaning up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
public abstract class PostdeskIntegrationTest {

    public static final String API_TOKEN = "test-api-token";

    protected static final int SMTP_PORT = freePort();
    protected static final int IMAP_PORT = freePort();
    protected static final SwitchableTcpProxy SMTP_RELAY = new SwitchableTcpProxy(0, SMTP_PORT);
    private static final Path DATA_DIR = tempDir();
    /** Spool directory of the application under test; empty whenever no mail is in the pipeline. */
    protected static final Path SPOOL_DIR = DATA_DIR.resolve("spool");

    @Autowired
    protected EmbeddedMailServer mailServer;

    @Autowired
    protected JdbcTemplate jdbc;

    /** The application clock; move it forward to let day-long timers elapse. */
    @Autowired
    protected MutableClock clock;

    @LocalServerPort
    protected int httpPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void embeddedServers(DynamicPropertyRegistry registry) {
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("postdesk.api.token", () -> API_TOKEN);
        registry.add("postdesk.embedded.data-dir", DATA_DIR::toString);
        registry.add("postdesk.spool.directory", () -> SPOOL_DIR.toString());
        registry.add("postdesk.embedded.database.temporary", () -> "true");
        registry.add("postdesk.embedded.database.server-args[0]", () -> "--innodb-lock-wait-timeout=3");
        registry.add("postdesk.embedded.mail.smtp-port", () -> SMTP_PORT);
        registry.add("postdesk.embedded.mail.imap-port", () -> IMAP_PORT);
        registry.add("postdesk.outbound.smtp.port", SMTP_RELAY::port);
        registry.add("postdesk.outbound.initial-backoff", () -> "1s");
        registry.add("postdesk.outbound.max-backoff", () -> "2s");
        // Above the 30MB default, so that a mail with a 25 MB attachment (about 34 MB) is accepted.
        registry.add("postdesk.safety.limits.max-message-size", () -> "40MB");
        // Tests call the keeping-informed job themselves, for their own tickets only.
        registry.add("postdesk.communication.schedule-enabled", () -> "false");
        registry.add("postdesk.sla.schedule-enabled", () -> "false");
        registry.add("postdesk.alerts.schedule-enabled", () -> "false");
        registry.add("postdesk.digests.customer-recipients.beispiel[0]", () -> "it-lead@beispiel.test");
        registry.add("postdesk.communication.public-base-url", () -> "https://support.postdesk.test");
        // Tests add Authentication-Results fields of this MTA to prove a staff sender without a token.
        registry.add("postdesk.commands.trusted-authserv-ids[0]", () -> "mx.postdesk.test");
        mailbox(registry, 0, "support", "support@postdesk.test");
        mailbox(registry, 1, "sales", "sales@postdesk.test");
    }

    private static void mailbox(DynamicPropertyRegistry registry, int index, String id, String address) {
        String prefix = "postdesk.inbound.mailboxes[" + index + "].";
        registry.add(prefix + "id", () -> id);
        registry.add(prefix + "address", () -> address);
        registry.add(prefix + "display-name", () -> "Postdesk Test");
        registry.add(prefix + "host", () -> "127.0.0.1");
        registry.add(prefix + "port", () -> IMAP_PORT);
        registry.add(prefix + "security", () -> "none");
        registry.add(prefix + "username", () -> address);
        registry.add(prefix + "password", () -> address);
        registry.add(prefix + "folder", () -> "INBOX");
        registry.add(prefix + "processed-folder", () -> "Processed");
        registry.add(prefix + "poll-delay", () -> "200ms");
        registry.add(prefix + "max-messages-per-poll", () -> "50");
        registry.add(prefix + "timeout", () -> "10s");
        registry.add(prefix + "enabled", () -> "true");
    }

    protected GreenMail greenMail() {
        return mailServer.greenMail();
    }

    /** Returns a unique address at {@code domain}, so that each test reads only its own mail. */
    protected static String uniqueAddress(String localPart, String domain) {
        return localPart + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
    }

    protected static String uniqueMessageId(String domain) {
        return UUID.randomUUID() + "@" + domain;
    }

    /** Delivers {@code raw} unchanged over SMTP to the embedded server, for the given recipients. */
    protected void deliver(String raw, String... recipients) {
        deliver(raw.getBytes(StandardCharsets.UTF_8), recipients);
    }

    protected void deliver(byte[] raw, String... recipients) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(SMTP_PORT));
        Session session = Session.getInstance(properties);
        try (Transport transport = session.getTransport("smtp")) {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
            Address[] addresses = Arrays.stream(recipients).map(PostdeskIntegrationTest::address)
                    .toArray(Address[]::new);
            transport.connect();
            transport.sendMessage(message, addresses);
        } catch (MessagingException e) {
            throw new IllegalStateException("delivery to the embedded SMTP server failed", e);
        }
    }

    private static Address address(String value) {
        try {
            return new InternetAddress(value);
        } catch (MessagingException e) {
            throw new IllegalArgumentException(value, e);
        }
    }

    /** Returns the messages in the INBOX of {@code address} on the embedded server. */
    protected List<MimeMessage> inbox(String address) {
        return greenMail().findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), m -> true)
                .toList();
    }

    /** Waits until {@code address} has at least {@code count} messages and returns them. */
    protected List<MimeMessage> awaitInbox(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(address).size() >= count);
        return inbox(address);
    }

    protected HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** Sends a GET with the bearer token and returns the body as bytes, for downloads. */
    protected HttpResponse<byte[]> getBytes(String path) {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).GET().header("Authorization", "Bearer " + API_TOKEN)
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a POST with a JSON body and the bearer token. */
    protected HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + API_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    protected HttpResponse<String> putJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + API_TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    protected HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + API_TOKEN).DELETE().build());
    }

    /** Sends a form POST without any token, as a customer's browser does. */
    protected HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    protected HttpResponse<String> postMail(String path, byte[] raw, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "message/rfc822")
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Returns the types of the history events of ticket {@code number}, oldest first. */
    protected List<String> historyTypes(String number) {
        return jdbc.queryForList("""
                select h.type from history_event h join ticket t on t.id = h.ticket_id
                where t.number = ? order by h.id""", String.class, number);
    }

    /** Returns the details of the history events of ticket {@code number}, oldest first. */
    protected List<String> historyDetails(String number) {
        return jdbc.queryForList("""
                select h.detail from history_event h join ticket t on t.id = h.ticket_id
                where t.number = ? order by h.id""", String.class, number);
    }

    /** Returns the kinds of the outbox mails of ticket {@code number}, oldest first. */
    protected List<String> outboxKinds(String number) {
        return jdbc.queryForList("""
                select o.kind from outbox_message o join ticket t on t.id = o.ticket_id
                where t.number = ? order by o.id""", String.class, number);
    }

    /** Returns the recipients of the outbox mails of ticket {@code number}, oldest first. */
    protected List<String> outboxRecipients(String number) {
        return jdbc.queryForList("""
                select o.recipients from outbox_message o join ticket t on t.id = o.ticket_id
                where t.number = ? order by o.id""", String.class, number);
    }

    /** Returns the number of tickets whose contact is {@code address}. */
    protected int ticketCount(String address) {
        Integer count = jdbc.queryForObject("select count(*) from ticket where contact_address = ?", Integer.class,
                address.toLowerCase());
        return count == null ? 0 : count;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("postdesk-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
