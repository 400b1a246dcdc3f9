package ch.postdesk.bench;

import ch.postdesk.content.ContentSpool;
import ch.postdesk.content.MailContent;
import ch.postdesk.content.Spooling;
import ch.postdesk.parsing.MailParser;
import ch.postdesk.parsing.ParsedMail;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Measures {@link MailParser} throughput on the mails of the shared corpus (all sizes mixed) and
 * the heap needed for one mail with a 25 MB attachment, held in memory and read from a spool
 * file. Run with {@code bench/parse.sh}.
 *
 * <p>Arguments: corpus directory (default {@code ../shared/corpus}) and measured rounds
 * (default 5). The heap figure is the peak of the heap pools while that one mail is parsed, after
 * a full GC, so it includes the raw message itself.
 */
public final class ParseBenchmark {

    private static final int ATTACHMENT_BYTES = 25 * 1024 * 1024;
    private static final Instant ARRIVAL = Instant.parse("2026-12-04T10:00:00Z");

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        MailParser parser = new MailParser();

        List<byte[]> mails = loadCorpus(corpus);
        long totalBytes = mails.stream().mapToLong(m -> m.length).sum();
        System.out.printf("corpus: %d mails, %.1f MB from %s%n", mails.size(), totalBytes / 1e6, corpus);

        runRound(parser, mails);
        runRound(parser, mails);
        double bestSeconds = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            bestSeconds = Math.min(bestSeconds, runRound(parser, mails));
        }
        System.out.printf("throughput (best of %d rounds): %.1f MB/s, %.0f mails/s%n", rounds,
                totalBytes / 1e6 / bestSeconds, mails.size() / bestSeconds);

        measureLargeAttachment(parser);
        measureSpooledAttachment();
    }

    private static List<byte[]> loadCorpus(Path corpus) throws IOException {
        List<byte[]> mails = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                boolean mail = name.endsWith(".eml") || name.endsWith(".box") || name.endsWith(".msg")
                        || file.toString().contains("/cpython_email/data/msg_")
                        || file.toString().contains("/flufl_bounce/data/")
                        || file.toString().contains("/rt/emails/") || file.toString().contains("/php_mime_mail_parser/mails/");
                if (mail && !name.endsWith(".json")) {
                    mails.add(Files.readAllBytes(file));
                }
            }
        }
        return mails;
    }

    private static double runRound(MailParser parser, List<byte[]> mails) {
        long start = System.nanoTime();
        int failures = 0;
        for (byte[] mail : mails) {
            try {
                parser.parse(mail, ARRIVAL);
            } catch (RuntimeException e) {
                failures++;
            }
        }
        if (failures > 0) {
            System.out.println("  mails whose header could not be read: " + failures);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void measureLargeAttachment(MailParser parser) {
        byte[] raw = mailWithAttachment(ATTACHMENT_BYTES);
        System.gc();
        long before = usedHeap();
        resetPeaks();
        long start = System.nanoTime();
        ParsedMail parsed = parser.parse(raw, ARRIVAL);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakHeap();
        long attachmentSize = parsed.attachments().get(0).size();
        System.out.printf("25 MB attachment: raw message %.1f MB, decoded %.1f MB, parsed in %.2f s%n",
                raw.length / 1e6, attachmentSize / 1e6, seconds);
        System.out.printf("  heap used before parse (raw message held): %.1f MB, peak during parse: %.1f MB,"
                + " peak minus before: %.1f MB%n", before / 1e6, peak / 1e6, (peak - before) / 1e6);
    }

    /** Parses the same mail from a spool file, as the pipeline does with large mail. */
    private static void measureSpooledAttachment() throws IOException {
        Path directory = Files.createTempDirectory("parse-benchmark");
        Spooling spooling = new Spooling(1024 * 1024, directory);
        try (MailContent raw = ContentSpool.copy(new java.io.ByteArrayInputStream(mailWithAttachment(ATTACHMENT_BYTES)),
                spooling)) {
            System.gc();
            long before = usedHeap();
            resetPeaks();
            long start = System.nanoTime();
            ParsedMail parsed = new MailParser(spooling).parse(raw, ARRIVAL);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = peakHeap();
            System.out.printf("25 MB attachment from a spool file: parsed in %.2f s, attachment spooled: %s%n", seconds,
                    !parsed.attachments().get(0).data().inMemory());
            System.out.printf("  heap used before parse: %.1f MB, peak during parse: %.1f MB, peak minus before: %.1f MB%n",
                    before / 1e6, peak / 1e6, (peak - before) / 1e6);
            parsed.releaseContent();
        } finally {
            Files.deleteIfExists(directory);
        }
    }

    private static byte[] mailWithAttachment(int size) {
        byte[] content = new byte[size];
        new Random(42).nextBytes(content);
        String base64 = Base64.getMimeEncoder().encodeToString(content);
        String mail = "From: Alice <alice@example.test>\r\nTo: support@example.test\r\nSubject: big file\r\n"
                + "Message-ID: <big@example.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                + "See attachment.\r\n--b\r\nContent-Type: application/octet-stream; name=\"big.bin\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + base64 + "\r\n--b--\r\n";
        return mail.getBytes(StandardCharsets.US_ASCII);
    }

    private static long usedHeap() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
