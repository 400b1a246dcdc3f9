package ch.postdesk.parsing.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Feeds every mail of the shared test corpus through {@link ch.postdesk.parsing.MailParser} and
 * {@link ch.postdesk.parsing.VisibleText} and compares what the source projects assert and a
 * helpdesk shares with them. Prints a pass-rate table and fails when a source drops below the
 * floor recorded in {@code conformance-floors.properties}. Skipped when the corpus is absent.
 *
 * <p>The list of failed and not applicable checks goes to {@code target/conformance-report.txt}.
 */
class CorpusConformanceTest {

    private static final List<String> SOURCES = List.of("zammad", "rt", "otrs", "redmine", "mime4j", "flanker",
            "cpython_email", "ruby_mail", "php_mime_mail_parser", "flufl_bounce", "perl_bounceparser",
            "email_reply_parser", "crisp_reply_parser", "talon");

    private static final String KNOWN_DIFFERENCES = "conformance-known-differences.txt";

    @Test
    void corpusMeetsFloors() throws IOException {
        String property = System.getProperty("postdesk.corpus.dir", "../shared/corpus");
        Path root = Path.of(property).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            System.out.println("skipped: corpus not found at " + root);
        }
        Assumptions.assumeTrue(Files.isDirectory(root), "skipped: corpus not found at " + root);

        CorpusFiles files = new CorpusFiles(root);
        MimeSources mime = new MimeSources(files);
        ReplySources replies = new ReplySources(files);
        ObjectMapper mapper = new ObjectMapper();
        Properties floors = floors();
        Map<String, Map<String, String>> knownDifferences = knownDifferences();
        List<CheckLog> logs = new ArrayList<>();

        for (String source : SOURCES) {
            CheckLog log = new CheckLog(source, knownDifferences.getOrDefault(source, Map.of()));
            logs.add(log);
            JsonNode cases = mapper.readTree(root.resolve(source).resolve("expected.json").toFile()).get("cases");
            for (Map.Entry<String, JsonNode> entry : cases.properties()) {
                String id = entry.getKey();
                JsonNode testCase = entry.getValue();
                JsonNode expected = testCase.get("expected");
                try {
                    switch (source) {
                        case "zammad" -> mime.zammad(id, expected, testCase, log);
                        case "rt" -> mime.rt(id, expected, testCase, log);
                        case "otrs" -> mime.otrs(id, expected, testCase, log);
                        case "redmine" -> mime.redmine(id, expected, testCase, log);
                        case "mime4j" -> mime.mime4j(id, expected, testCase, log);
                        case "flanker" -> mime.flanker(id, expected, testCase, log);
                        case "cpython_email" -> mime.cpython(id, expected, testCase, log);
                        case "ruby_mail" -> mime.rubyMail(id, expected, testCase, log);
                        case "php_mime_mail_parser" -> mime.php(id, expected, testCase, log);
                        case "flufl_bounce", "perl_bounceparser" -> mime.bounce(source, id, expected, testCase, log);
                        case "email_reply_parser" -> replies.emailReplyParser(id, expected, log);
                        case "crisp_reply_parser" -> replies.crisp(id, expected, log);
                        case "talon" -> replies.talon(id, expected, testCase, log);
                        default -> throw new IllegalStateException("no comparison for source " + source);
                    }
                } catch (RuntimeException e) {
                    log.that(id, "no exception", false, "parsed", e.toString());
                }
            }
        }

        printTable(logs, floors, System.out);
        writeReport(logs, Path.of("target", "conformance-report.txt"));
        List<String> unused = logs.stream()
                .flatMap(log -> log.unusedDifferences().stream().map(key -> log.source() + " " + key)).toList();
        assertTrue(unused.isEmpty(), () -> "known differences that passed or were not checked; remove them from "
                + KNOWN_DIFFERENCES + ": " + unused);
        for (CheckLog log : logs) {
            double floor = Double.parseDouble(floors.getProperty(log.source(), "0"));
            assertTrue(log.rate() + 1e-9 >= floor, () -> String.format(
                    "%s: %.1f %% of applicable expectations pass, below the floor of %.1f %%; see target/conformance-report.txt",
                    log.source(), 100 * log.rate(), 100 * floor));
        }
    }

    /**
     * Reads the per-case differences where a source asserts its own convention, keyed by source and
     * then by "case field". Each line is {@code source | case | field | reason}; {@code #} starts a comment.
     */
    private static Map<String, Map<String, String>> knownDifferences() throws IOException {
        Map<String, Map<String, String>> result = new HashMap<>();
        try (InputStream in = CorpusConformanceTest.class.getResourceAsStream("/" + KNOWN_DIFFERENCES)) {
            if (in == null) {
                return result;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\s+\\|\\s+", 4);
                if (fields.length != 4 || fields[3].isBlank()) {
                    throw new IllegalStateException("invalid line in " + KNOWN_DIFFERENCES
                            + ", expected 'source | case | field | reason': " + line);
                }
                result.computeIfAbsent(fields[0].strip(), k -> new HashMap<>())
                        .put(fields[1].strip() + " " + fields[2].strip(), fields[3].strip());
            }
        }
        return result;
    }

    private static Properties floors() throws IOException {
        Properties floors = new Properties();
        try (InputStream in = CorpusConformanceTest.class.getResourceAsStream("/conformance-floors.properties")) {
            if (in != null) {
                floors.load(in);
            }
        }
        return floors;
    }

    private static void printTable(List<CheckLog> logs, Properties floors, PrintStream out) {
        out.println();
        out.println("Mail corpus conformance (applicable expectations per source)");
        out.printf("%-22s %7s %7s %8s %8s %6s%n", "source", "passed", "total", "rate", "floor", "n/a");
        long passed = 0;
        long total = 0;
        for (CheckLog log : logs) {
            out.printf("%-22s %7d %7d %7.1f%% %7.1f%% %6d%n", log.source(), log.passed(), log.checks().size(),
                    100 * log.rate(), 100 * Double.parseDouble(floors.getProperty(log.source(), "0")),
                    log.skipped().size());
            passed += log.passed();
            total += log.checks().size();
        }
        out.printf("%-22s %7d %7d %7.1f%%%n", "all", passed, total, 100.0 * passed / Math.max(1, total));
    }

    private static void writeReport(List<CheckLog> logs, Path file) {
        StringBuilder report = new StringBuilder();
        for (CheckLog log : logs) {
            report.append("## ").append(log.source()).append('\n');
            for (CheckLog.Check check : log.checks()) {
                if (!check.passed()) {
                    report.append("FAIL ").append(check.caseId()).append(" [").append(check.field()).append("]\n")
                            .append("  expected: ").append(MimeSources.abbreviate(check.expected())).append('\n')
                            .append("  actual:   ").append(MimeSources.abbreviate(check.actual())).append('\n');
                }
            }
            for (String skipped : log.skipped()) {
                report.append("N/A  ").append(skipped).append('\n');
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
