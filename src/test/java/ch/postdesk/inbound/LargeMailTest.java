package ch.postdesk.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.postdesk.support.PostdeskIntegrationTest;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail with large attachments: posted to {@code /api/inbound} and polled over IMAP. The mail is
 * generated into a file and posted from there, so that the test itself keeps no copy of it; the
 * {@code bounded-heap} Surefire execution runs this class in a JVM with a small maximum heap
 * (see pom.xml), which proves that the pipeline streams the content instead of copying it.
 */
class LargeMailTest extends PostdeskIntegrationTest {

    private static final int MIB = 1024 * 1024;

    @TempDir
    Path work;

    @Test
    void postedLargeMailStoredWhole() throws Exception {
        Path file = work.resolve("large.eml");
        Generated mail = generate(file, uniqueAddress("large", "customer.test"), 25 * MIB);
        long heapBefore = resetHeapPeaks();

        HttpResponse<String> posted = postFile(file);

        long peakGrowth = heapPeaks() - heapBefore;
        System.out.printf("large mail: %.1f MB raw, heap peak growth during POST %d MB (max heap %d MB)%n",
                mail.rawSize() / 1e6, peakGrowth >> 20, Runtime.getRuntime().maxMemory() >> 20);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String number = posted.body().replaceAll(".*\"ticket\":\"([^\"]+)\".*", "$1");
        Map<String, Object> stored = storedContent(number);
        assertThat(((Number) stored.get("size")).longValue()).isEqualTo(25L * MIB);
        assertThat(stored.get("sha256")).isEqualTo(mail.attachmentSha256());
        assertThat(stored.get("content_sha256")).isEqualTo(mail.attachmentSha256());
        assertThat(((Number) stored.get("raw_size")).longValue()).isEqualTo(mail.rawSize());
        assertThat(stored.get("raw_sha256")).isEqualTo(mail.rawSha256());
        assertThat(spoolFiles()).isEmpty();

        long attachmentId = ((Number) stored.get("id")).longValue();
        long start = System.nanoTime();
        assertThat(downloadSha256("/api/tickets/" + number + "/attachments/" + attachmentId))
                .isEqualTo(mail.attachmentSha256());
        System.out.printf("large mail: attachment downloaded in %.2f s%n", (System.nanoTime() - start) / 1e9);
        assertThat(downloadSha256("/api/tickets/" + number + "/articles/" + stored.get("article_id") + "/raw"))
                .isEqualTo(mail.rawSha256());
    }

    @Test
    void polledLargeMailStoredWhole() throws Exception {
        Path file = work.resolve("imap.eml");
        String customer = uniqueAddress("imap-large", "customer.test");
        Generated mail = generate(file, customer, 3 * MIB);

        deliver(Files.readAllBytes(file), "support@postdesk.test");

        await().atMost(Duration.ofSeconds(60)).until(() -> ticketCount(customer) == 1);
        String number = jdbc.queryForObject("select number from ticket where contact_address = ?",
                String.class, customer.toLowerCase());
        Map<String, Object> stored = storedContent(number);
        assertThat(stored.get("content_sha256")).isEqualTo(mail.attachmentSha256());
        // GreenMail writes the message again on delivery, so only its size is comparable.
        assertThat(((Number) stored.get("raw_size")).longValue()).isGreaterThanOrEqualTo(mail.rawSize() - 1024);
        await().atMost(Duration.ofSeconds(10)).until(() -> spoolFiles().isEmpty());
    }

    private Map<String, Object> storedContent(String number) {
        return jdbc.queryForMap("select f.id, f.article_id, f.size, f.sha256, sha2(f.content, 256) content_sha256,"
                + " length(r.content) raw_size, sha2(r.content, 256) raw_sha256"
                + " from attachment f join article a on a.id = f.article_id join ticket t on t.id = a.ticket_id"
                + " join raw_message r on r.id = a.raw_message_id where t.number = ? and f.filename = 'measurements.bin'",
                number);
    }

    private HttpResponse<String> postFile(Path file) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/inbound"))
                .header("Content-Type", "message/rfc822")
                .header("Authorization", "Bearer " + API_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Downloads {@code path} as a stream and returns the SHA-256 of what arrived. */
    private String downloadSha256(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .header("Authorization", "Bearer " + API_TOKEN).GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = response.body();
                OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> spoolFiles() throws IOException {
        if (!Files.isDirectory(SPOOL_DIR)) {
            return List.of();
        }
        try (var files = Files.list(SPOOL_DIR)) {
            return files.toList();
        }
    }

    /** What was written into a generated mail file. */
    private record Generated(long rawSize, String rawSha256, String attachmentSha256) {
    }

    /** Writes a mail with a random attachment of {@code size} bytes in base64, without holding it in memory. */
    private static Generated generate(Path file, String customer, int size) throws Exception {
        MessageDigest rawDigest = MessageDigest.getInstance("SHA-256");
        MessageDigest attachmentDigest = MessageDigest.getInstance("SHA-256");
        try (OutputStream fileOut = Files.newOutputStream(file);
                DigestOutputStream out = new DigestOutputStream(new java.io.BufferedOutputStream(fileOut), rawDigest)) {
            out.write(String.join("\r\n",
                    "From: " + customer,
                    "To: support@postdesk.test",
                    "Subject: Measurement data",
                    "Message-ID: <" + uniqueMessageId("customer.test") + ">",
                    "Date: Fri, 4 Dec 2026 10:00:00 +0100",
                    "MIME-Version: 1.0",
                    "Content-Type: multipart/mixed; boundary=\"b\"",
                    "",
                    "--b",
                    "Content-Type: text/plain; charset=utf-8",
                    "",
                    "The measurements are attached.",
                    "--b",
                    "Content-Type: application/octet-stream; name=\"measurements.bin\"",
                    "Content-Transfer-Encoding: base64",
                    "Content-Disposition: attachment; filename=\"measurements.bin\"",
                    "",
                    "").getBytes(StandardCharsets.US_ASCII));
            try (OutputStream base64 = Base64.getMimeEncoder().wrap(new KeepOpen(out))) {
                Random random = new Random(size);
                byte[] chunk = new byte[64 * 1024];
                for (int written = 0; written < size; written += chunk.length) {
                    random.nextBytes(chunk);
                    int length = Math.min(chunk.length, size - written);
                    attachmentDigest.update(chunk, 0, length);
                    base64.write(chunk, 0, length);
                }
            }
            out.write("\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return new Generated(Files.size(file), HexFormat.of().formatHex(rawDigest.digest()),
                HexFormat.of().formatHex(attachmentDigest.digest()));
    }

    /** Lets the base64 encoder finish its last line without closing the file. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static long resetHeapPeaks() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
            used += pool.getUsage().getUsed();
        }
        return used;
    }

    private static long heapPeaks() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
