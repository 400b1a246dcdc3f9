package ch.postdesk.content;

import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.parsing.MailParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSpoolTest {

    @TempDir
    Path directory;

    @Test
    void smallContentStaysInMemory() throws IOException {
        byte[] bytes = random(1000);

        try (MailContent content = ContentSpool.copy(new ByteArrayInputStream(bytes), new Spooling(4096, directory))) {
            assertThat(content.inMemory()).isTrue();
            assertThat(content.size()).isEqualTo(1000);
            assertThat(content.bytes()).isEqualTo(bytes);
            assertThat(content.sha256()).isEqualTo(MailParser.sha256Hex(bytes));
        }
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void largeContentSpooledToFile() throws IOException {
        byte[] bytes = random(100_000);

        MailContent content = ContentSpool.copy(new ByteArrayInputStream(bytes), new Spooling(4096, directory));

        assertThat(content.inMemory()).isFalse();
        assertThat(spoolFiles()).isOne();
        assertThat(content.size()).isEqualTo(bytes.length);
        assertThat(content.sha256()).isEqualTo(MailParser.sha256Hex(bytes));
        assertThat(content.head(10)).isEqualTo(java.util.Arrays.copyOf(bytes, 10));
        try (InputStream in = content.openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        try (InputStream in = content.openSharedStream()) {
            assertThat(in).isInstanceOf(jakarta.mail.internet.SharedInputStream.class);
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        content.close();
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void unfinishedSpoolDeletesFile() throws IOException {
        try (ContentSpool spool = new ContentSpool(new Spooling(10, directory))) {
            spool.write(random(100));
            assertThat(spoolFiles()).isOne();
        }
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void parserSpoolsLargeAttachment() throws IOException {
        byte[] attachment = random(300_000);
        byte[] raw = ("From: anna@customer.test\r\nTo: support@postdesk.test\r\nSubject: Log\r\n"
                + "Message-ID: <spool@customer.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee the log.\r\n"
                + "--b\r\nContent-Type: application/octet-stream; name=log.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(attachment) + "\r\n--b--\r\n").getBytes();
        Spooling spooling = new Spooling(64 * 1024, directory);
        MailContent spooledRaw = ContentSpool.copy(new ByteArrayInputStream(raw), spooling);

        var parsed = new MailParser(spooling).parse(spooledRaw, Instant.EPOCH);

        assertThat(parsed.text()).isEqualTo("See the log.");
        assertThat(parsed.attachments()).singleElement().satisfies(file -> {
            assertThat(file.data().inMemory()).isFalse();
            assertThat(file.size()).isEqualTo(attachment.length);
            assertThat(file.data().sha256()).isEqualTo(MailParser.sha256Hex(attachment));
        });
        assertThat(spoolFiles()).isEqualTo(2);
        parsed.releaseContent();
        spooledRaw.close();
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void spooledHeaderWithoutBlankLineRepaired() throws IOException {
        byte[] raw = ("From: anna@customer.test\r\nSubject: No separator\r\nThis line starts the body.\r\n"
                + "x".repeat(200_000) + "\r\n").getBytes();
        Spooling spooling = new Spooling(1024, directory);
        try (MailContent spooledRaw = ContentSpool.copy(new ByteArrayInputStream(raw), spooling)) {
            var parsed = new MailParser(spooling).parse(spooledRaw, Instant.EPOCH);

            assertThat(parsed.subject()).isEqualTo("No separator");
            assertThat(parsed.text()).startsWith("This line starts the body.");
            assertThat(parsed.warnings()).anyMatch(w -> w.contains("without a blank line"));
        }
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void oldLeftoversDeleted() throws IOException {
        Spooling spooling = new Spooling(0, directory);
        MailContent old = ContentSpool.copy(new ByteArrayInputStream(random(10)), spooling);
        Files.setLastModifiedTime(spoolFile(), java.nio.file.attribute.FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(spooling.deleteLeftovers(Instant.parse("2026-06-01T00:00:00Z"))).isOne();
        assertThat(spoolFiles()).isZero();
        old.close();
    }

    private long spoolFiles() throws IOException {
        try (var files = Files.list(directory)) {
            return files.count();
        }
    }

    private Path spoolFile() throws IOException {
        try (var files = Files.list(directory)) {
            return files.findFirst().orElseThrow();
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
