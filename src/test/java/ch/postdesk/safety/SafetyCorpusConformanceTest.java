package ch.postdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.postdesk.parsing.MailParser;
import ch.postdesk.parsing.ParsedMail;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures bounce and auto-reply detection on the public test corpus (the folder named by the
 * system property {@code postdesk.corpus.dir}) and fails when a rate drops below the floor in
 * {@code safety/corpus-floor.properties}. The report goes to standard output and to
 * {@code target/safety-corpus-report.txt}. Skipped when the corpus folder is absent.
 */
class SafetyCorpusConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MailParser PARSER = new MailParser();
    private static final MailClassifier CLASSIFIER = new MailClassifier("postdesk@postdesk.test", "postdesk.test",
            Set.of("support@postdesk.test"), new VerpAddress("bounces@postdesk.test", "postdesk.test"),
            new SafetyProperties.Spam(null, null, null, null));

    private static Path corpus;
    private final Map<String, Rate> rates = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    /** Failed recipients that the expected results do not list, each a possible false positive. */
    private final List<String> extraRecipients = new ArrayList<>();

    @BeforeAll
    static void locateCorpus() {
        String dir = System.getProperty("postdesk.corpus.dir");
        corpus = dir == null ? null : Path.of(dir);
        assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("flufl_bounce")),
                "Corpus folder " + dir + " not found: set -Dpostdesk.corpus.dir to the folder with flufl_bounce,"
                        + " perl_bounceparser and the other sources to run the conformance test");
    }

    @Test
    void detectionRatesStayAboveFloor() throws IOException {
        fluflBounce();
        perlBounceParser();
        otherBounces();
        humanMail();

        StringBuilder report = new StringBuilder("Mail safety corpus report (" + corpus + ")\n");
        rates.forEach((name, rate) -> report.append(String.format(Locale.ROOT, "%-45s %4d/%-4d %6.1f %%%n", name,
                rate.hits, rate.total, rate.percent())));
        report.append("\nMisses:\n");
        misses.forEach(miss -> report.append("  ").append(miss).append('\n'));
        report.append("\nRecipients beyond the expected ones:\n");
        extraRecipients.forEach(extra -> report.append("  ").append(extra).append('\n'));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/safety-corpus-report.txt"), report);

        Properties floor = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/safety/corpus-floor.properties")) {
            floor.load(in);
        }
        for (String name : floor.stringPropertyNames()) {
            Rate rate = rates.get(name);
            assertThat(rate).as("rate %s named in the floor file", name).isNotNull();
            double minimum = Double.parseDouble(floor.getProperty(name));
            if (name.endsWith(".false-positives")) {
                assertThat(rate.percent()).as("%s in %% (maximum)", name).isLessThanOrEqualTo(minimum);
            } else {
                assertThat(rate.percent()).as("%s in %% (floor)", name).isGreaterThanOrEqualTo(minimum);
            }
        }
    }

    private void fluflBounce() throws IOException {
        JsonNode cases = expected("flufl_bounce");
        for (Map.Entry<String, JsonNode> entry : cases.properties()) {
            Path file = corpus.resolve("flufl_bounce").resolve(entry.getKey());
            Classification result = classify(file);
            boolean bounce = result.mailClass() == MailClass.BOUNCE;
            rate("flufl_bounce.bounce-detection").count(bounce, entry.getKey() + " -> " + result.mailClass() + " ("
                    + result.reason() + ")", misses);
            for (JsonNode detection : entry.getValue().path("expected").path("detections")) {
                Set<String> expectedAddresses = new HashSet<>();
                detection.path("expected_addresses").forEach(a -> expectedAddresses.add(a.asText().toLowerCase(Locale.ROOT)));
                if (expectedAddresses.isEmpty()) {
                    continue;
                }
                Set<String> found = bounce ? addresses(result.bounce()) : Set.of();
                rate("flufl_bounce.recipients-found").count(found.containsAll(expectedAddresses),
                        entry.getKey() + " recipients " + found + " expected " + expectedAddresses, misses);
                noteExtraRecipients(entry.getKey(), found, expectedAddresses);
                if (bounce && !result.bounce().recipients().isEmpty()) {
                    boolean temporary = detection.path("kind").asText().startsWith("temporary");
                    rate("flufl_bounce.permanence").count(result.bounce().permanent() != temporary,
                            entry.getKey() + " permanent=" + result.bounce().permanent() + " expected "
                                    + detection.path("kind").asText(), misses);
                }
            }
        }
    }

    private void perlBounceParser() throws IOException {
        JsonNode cases = expected("perl_bounceparser");
        for (Map.Entry<String, JsonNode> entry : cases.properties()) {
            JsonNode expected = entry.getValue().path("expected");
            if (!expected.has("is_bounce") || expected.path("is_bounce").isNull()) {
                continue;
            }
            Path file = corpus.resolve("perl_bounceparser").resolve(entry.getKey());
            Classification result = classify(file);
            boolean bounce = result.mailClass() == MailClass.BOUNCE;
            if (expected.path("is_bounce").asBoolean()) {
                rate("perl_bounceparser.bounce-detection").count(bounce,
                        entry.getKey() + " -> " + result.mailClass() + " (" + result.reason() + ")", misses);
                Set<String> expectedAddresses = new HashSet<>();
                expected.path("addresses").forEach(a -> expectedAddresses.add(a.asText().toLowerCase(Locale.ROOT)));
                if (!expectedAddresses.isEmpty()) {
                    Set<String> found = bounce ? addresses(result.bounce()) : Set.of();
                    rate("perl_bounceparser.recipients-found").count(found.containsAll(expectedAddresses),
                            entry.getKey() + " recipients " + found + " expected " + expectedAddresses, misses);
                    noteExtraRecipients(entry.getKey(), found, expectedAddresses);
                }
                if (expected.has("orig_message_id")) {
                    String id = expected.path("orig_message_id").asText().replaceAll("[<>]", "");
                    String found = bounce ? result.bounce().originalMessageId() : null;
                    rate("perl_bounceparser.original-message-id").count(id.equals(found),
                            entry.getKey() + " original Message-ID " + found + " expected " + id, misses);
                }
            } else {
                // A delay warning is a bounce with only transient failures, which Postdesk only notes.
                boolean delayOnly = bounce && !result.bounce().permanent();
                rate("perl_bounceparser.non-bounce-not-failure").count(!bounce || delayOnly,
                        entry.getKey() + " -> " + result.mailClass() + " (" + result.reason() + ")", misses);
                rate("perl_bounceparser.non-bounce-automatic").count(result.mailClass() == MailClass.AUTO_REPLY,
                        entry.getKey() + " -> " + result.mailClass() + " (" + result.reason() + ")", misses);
            }
        }
    }

    private void otherBounces() throws IOException {
        List<String> files = List.of("zammad/mail/mail055.box", "flanker/messages/bounce/zed.eml",
                "flanker/messages/bounce/gmail-invalid-address.eml", "flanker/messages/bounce/gmail-no-dns.eml",
                "flanker/messages/bounce/no-mx.eml", "ruby_mail/emails/multipart_report_emails/multi_address_bounce1.eml",
                "ruby_mail/emails/multipart_report_emails/multipart_report_multiple_status.eml",
                "ruby_mail/emails/multipart_report_emails/report_530.eml", "rt/emails/multipart-report",
                "zammad/mail/mail052.box", "zammad/mail/mail063.box", "zammad/mail/mail092.box",
                "php_mime_mail_parser/mails/failure.eml");
        for (String name : files) {
            Path file = corpus.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            Classification result = classify(file);
            rate("other.bounce-detection").count(result.mailClass() == MailClass.BOUNCE,
                    name + " -> " + result.mailClass() + " (" + result.reason() + ")", misses);
        }
    }

    /**
     * Mail in the parser corpora that is neither a bounce nor automatic: Postfix bounces, a DSN,
     * spam with a null return path and ServiceNow notifications marked {@code Auto-Submitted}.
     */
    private static final Set<String> NOT_HUMAN = Set.of("zammad/mail/mail052.box", "zammad/mail/mail063.box",
            "zammad/mail/mail092.box", "php_mime_mail_parser/mails/failure.eml", "zammad/mail/mail019.box",
            "zammad/mail/mail035.box", "zammad/mail/mail089.box", "zammad/mail/mail090.box");

    /** Mail written by people in the parser corpora: a bounce or auto-reply verdict there is a false positive. */
    private void humanMail() throws IOException {
        for (String source : List.of("zammad", "otrs", "talon", "php_mime_mail_parser", "email_reply_parser")) {
            JsonNode cases = expected(source);
            for (Map.Entry<String, JsonNode> entry : cases.properties()) {
                String name = entry.getKey();
                if (name.equals("mail/mail055.box") || entry.getValue().toString().toLowerCase(Locale.ROOT).contains("spam")
                        || entry.getValue().toString().toLowerCase(Locale.ROOT).contains("newsletter")) {
                    continue;
                }
                for (JsonNode fileName : entry.getValue().path("files")) {
                    String file = fileName.asText();
                    if (!file.matches(".*\\.(box|eml|msg)$") || NOT_HUMAN.contains(source + "/" + file)) {
                        continue;
                    }
                    Classification result = classify(corpus.resolve(source).resolve(file));
                    boolean automatic = result.mailClass() == MailClass.BOUNCE
                            || result.mailClass() == MailClass.AUTO_REPLY;
                    rate("human.false-positives").count(automatic, "", new ArrayList<>());
                    if (automatic) {
                        misses.add("false positive: " + source + "/" + file + " -> " + result.mailClass() + " ("
                                + result.reason() + ")");
                    }
                }
            }
        }
    }

    private void noteExtraRecipients(String file, Set<String> found, Set<String> expected) {
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(expected);
        if (!extra.isEmpty()) {
            extraRecipients.add(file + " " + extra + " expected " + expected);
        }
    }

    private JsonNode expected(String source) throws IOException {
        return JSON.readTree(corpus.resolve(source).resolve("expected.json").toFile()).path("cases");
    }

    private static Classification classify(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        ParsedMail parsed = PARSER.parse(raw, Instant.parse("2026-12-04T09:00:00Z"));
        return CLASSIFIER.classify(parsed, raw);
    }

    private static Set<String> addresses(BounceReport report) {
        Set<String> found = new HashSet<>();
        report.recipients().forEach(r -> found.add(r.address()));
        return found;
    }

    private Rate rate(String name) {
        return rates.computeIfAbsent(name, n -> new Rate());
    }

    private static final class Rate {
        int hits;
        int total;

        void count(boolean hit, String description, List<String> misses) {
            total++;
            if (hit) {
                hits++;
            } else {
                misses.add(description);
            }
        }

        double percent() {
            return total == 0 ? 0 : 100.0 * hits / total;
        }
    }
}
