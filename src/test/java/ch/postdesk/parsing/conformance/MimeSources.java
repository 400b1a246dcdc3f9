package ch.postdesk.parsing.conformance;

import static ch.postdesk.parsing.conformance.CorpusFiles.lf;
import static ch.postdesk.parsing.conformance.CorpusFiles.lower;
import static ch.postdesk.parsing.conformance.CorpusFiles.md5;
import static ch.postdesk.parsing.conformance.CorpusFiles.squash;
import static ch.postdesk.parsing.conformance.Json.present;
import static ch.postdesk.parsing.conformance.Json.text;
import static ch.postdesk.parsing.conformance.Json.texts;

import ch.postdesk.parsing.HtmlToText;
import ch.postdesk.parsing.MailAddress;
import ch.postdesk.parsing.MailParser;
import ch.postdesk.parsing.ParsedAttachment;
import ch.postdesk.parsing.ParsedMail;
import jakarta.mail.internet.MailDateFormat;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;

/**
 * Comparisons for the MIME parser sources. Each method reads the expectations one project asserts
 * and checks those that a helpdesk shares: decoded headers, addresses, body text and attachments.
 */
final class MimeSources {

    private static final Pattern NAME_ADDR = Pattern.compile("^\\s*\"?(.*?)\"?\\s*<([^<>]*)>\\s*$");
    private static final String CRYPTO = "cannot be decrypted without the recipient's private key";

    private final CorpusFiles files;

    MimeSources(CorpusFiles files) {
        this.files = files;
    }

    // ---------------------------------------------------------------- zammad

    void zammad(String id, JsonNode expected, JsonNode testCase, CheckLog log) {
        if (!present(expected, "expected_parse_file")) {
            log.notApplicable(id, "signature", "learns a signature across several mails of one sender");
            return;
        }
        Map<String, Object> yml = zammadYaml(text(expected, "expected_parse_file"));
        ParsedMail mail = files.parse("zammad", Json.firstFile(testCase, ".box"));
        if (yml.containsKey("from")) {
            log.equal(id, "from", addressPairs(str(yml.get("from"))),
                    addressPairs(mail.from() == null ? List.of() : List.of(mail.from())));
        }
        if (yml.containsKey("from_email")) {
            log.equal(id, "from_email", lower(str(yml.get("from_email"))),
                    mail.from() == null ? null : lower(Objects.requireNonNullElse(mail.from().address(), mail.from().raw())));
        }
        if (yml.containsKey("from_display_name")) {
            log.equal(id, "from_display_name", emptyToNull(str(yml.get("from_display_name"))),
                    mail.from() == null ? null : emptyToNull(mail.from().displayName()));
        }
        Map<String, List<MailAddress>> lists = Map.of("to", mail.to(), "cc", mail.cc(), "reply-to", mail.replyTo());
        for (String field : List.of("to", "cc", "reply-to")) {
            if (yml.containsKey(field)) {
                log.equal(id, field, addressPairs(str(yml.get(field))), addressPairs(lists.get(field)));
            }
        }
        if (yml.containsKey("subject")) {
            log.equal(id, "subject", squash(str(yml.get("subject"))), squash(mail.subject()));
        }
        if (yml.containsKey("body")) {
            String body = str(yml.get("body"));
            String actual = "text/html".equals(yml.get("content_type")) && mail.html() != null
                    ? HtmlToText.convert(mail.html()) : mail.text();
            String expectedText = "text/html".equals(yml.get("content_type")) ? HtmlToText.convert(body) : body;
            if (expectedText.strip().equals("no visible content")) {
                expectedText = ""; // Zammad's placeholder for a mail without body text
            }
            log.equal(id, "body", squash(expectedText), squash(actual));
        }
        Object attachments = yml.get("attachments");
        if (attachments instanceof List<?> list) {
            for (Object item : list) {
                zammadAttachment(id, mail, (Map<?, ?>) item, log);
            }
        }
    }

    private static void zammadAttachment(String id, ParsedMail mail, Map<?, ?> attachment, CheckLog log) {
        Object data = attachment.get("data");
        byte[] bytes = data instanceof byte[] b ? b : String.valueOf(data).getBytes(StandardCharsets.UTF_8);
        String filename = str(attachment.get("filename"));
        Map<?, ?> preferences = attachment.get("preferences") instanceof Map<?, ?> m ? m : Map.of();
        if (Boolean.TRUE.equals(preferences.get("content-alternative"))) {
            // Zammad files the other alternative body as an attachment; Postdesk keeps it as text/html.
            String other = new String(bytes, StandardCharsets.UTF_8);
            boolean kept = mail.html() != null && squash(HtmlToText.convert(other)).equals(squash(HtmlToText.convert(mail.html())))
                    || squash(other).equals(squash(mail.text()));
            log.that(id, "alternative body " + filename, kept, "both alternatives kept", "html=" + (mail.html() != null));
            return;
        }
        String md5 = md5(bytes);
        boolean found = CorpusFiles.hasAttachmentWithMd5(mail, md5);
        if (!found && data instanceof String) {
            // Zammad stores text attachments it could decode as UTF-8 strings; compare the text.
            found = mail.attachments().stream().anyMatch(a -> squash(decodeText(a)).equals(squash((String) data)));
        }
        log.that(id, "attachment content " + filename, found, md5, CorpusFiles.filenames(mail));
        if (filename != null) {
            log.that(id, "attachment name " + filename, CorpusFiles.filenames(mail).contains(filename), filename,
                    CorpusFiles.filenames(mail));
        }
    }

    private static String decodeText(ParsedAttachment attachment) {
        String utf8 = new String(attachment.content(), StandardCharsets.UTF_8);
        return utf8.indexOf('\uFFFD') >= 0 ? new String(attachment.content(), StandardCharsets.ISO_8859_1) : utf8;
    }

    /** Parses an address header as Zammad renders it into lower-case address and display name pairs. */
    static List<String> addressPairs(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            List<String> pairs = new ArrayList<>();
            for (jakarta.mail.internet.InternetAddress address
                    : jakarta.mail.internet.InternetAddress.parseHeader(header, false)) {
                String name = address.getPersonal();
                pairs.add(lower(address.getAddress()) + (name == null || name.isBlank() ? "" : " " + name.strip()));
            }
            return pairs;
        } catch (jakarta.mail.internet.AddressException e) {
            return List.of(header.strip());
        }
    }

    static List<String> addressPairs(List<MailAddress> addresses) {
        return addresses.stream().map(a -> (a.address() == null ? a.raw() : a.address())
                + (a.displayName() == null ? "" : " " + a.displayName())).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> zammadYaml(String file) {
        String text = files.text("zammad", file)
                .replaceAll("!ruby/hash:ActiveSupport::HashWithIndifferentAccess", "")
                .replace("!binary", "!!binary");
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        return (Map<String, Object>) new Yaml(new SafeConstructor(options)).load(text);
    }

    // ---------------------------------------------------------------- Request Tracker

    void rt(String id, JsonNode expected, JsonNode testCase, CheckLog log) {
        String file = id.contains("8859-15-message-series") ? null : Json.firstFile(testCase);
        if (file == null || text(expected, "test") == null) {
            log.notApplicable(id, "all", "sample data that no RT test asserts");
            return;
        }
        ParsedMail mail = files.parse("rt", file);
        log.that(id, "parsed", true, "parsed", "parsed");
        boolean encrypted = expected.path("encrypted").asBoolean(false);
        if (present(expected, "subject")) {
            String subject = text(expected, "subject");
            if (id.contains("very-long-subject")) {
                // RT cuts stored subjects at 200 characters; Postdesk keeps the whole subject.
                log.that(id, "subject", mail.subject().startsWith(subject), subject, mail.subject());
            } else {
                log.equal(id, "subject", subject, mail.subject());
            }
        }
        if (present(expected, "content_matches")) {
            log.that(id, "content", Pattern.compile(text(expected, "content_matches")).matcher(mail.text()).find(),
                    text(expected, "content_matches"), abbreviate(mail.text()));
        }
        if (present(expected, "first_attachment_content_matches")) {
            String needle = text(expected, "first_attachment_content_matches");
            log.that(id, "content", mail.text().contains(needle), needle, abbreviate(mail.text()));
        }
        if (present(expected, "top_entity_contains")) {
            if (encrypted) {
                log.notApplicable(id, "top_entity_contains", "the body " + CRYPTO);
            } else {
                String needle = text(expected, "top_entity_contains");
                log.that(id, "content", mail.text().contains(needle), needle, abbreviate(mail.text()));
            }
        }
        for (JsonNode item : expected.path("attachments")) {
            if (present(item, "filename")) {
                log.that(id, "attachment name", CorpusFiles.filenames(mail).contains(text(item, "filename")),
                        text(item, "filename"), CorpusFiles.filenames(mail));
            } else if (present(item, "subject") && item.path("position").asInt() == 1) {
                // RT stores the top-level message as its first attachment entity.
                log.equal(id, "subject of entity 1 (the mail)", text(item, "subject"), mail.subject());
            } else if (present(item, "subject")) {
                String subject = text(item, "subject");
                log.that(id, "attached message subject", mail.attachments().stream()
                        .anyMatch(a -> subject.equals(a.messageSubject())), subject, enclosedSubjects(mail));
            } else {
                log.notApplicable(id, "attachment position " + item.path("position").asInt(),
                        "RT numbers every MIME entity, containers included");
            }
        }
        for (String field : List.of("rfc822_attachment_filename", "attachment_filename")) {
            if (present(expected, field)) {
                log.that(id, "attachment name", CorpusFiles.filenames(mail).contains(text(expected, field)),
                        text(expected, field), CorpusFiles.filenames(mail));
            }
        }
        if (present(expected, "attachment_count") || present(expected, "first_attachment_content_type")) {
            log.notApplicable(id, "attachment_count", "RT counts every MIME entity, containers included");
        }
        boolean signed = expected.path("signed").asBoolean(false);
        String format = text(expected, "format");
        if (signed && !encrypted) {
            if (format != null && format.startsWith("inline")) {
                log.notApplicable(id, "signature", "an inline PGP signature is part of the text itself");
            } else {
                log.that(id, "signature kept as attachment", mail.attachments().stream()
                        .anyMatch(a -> a.contentType().contains("signature") || a.contentType().contains("pkcs7")),
                        "signature attachment", CorpusFiles.filenames(mail));
            }
        }
        String attachment = text(expected, "attachment");
        if (attachment != null && !attachment.equals("none")) {
            if (encrypted) {
                log.notApplicable(id, "attachment", "the attachment " + CRYPTO);
            } else if (attachment.startsWith("binary")) {
                log.that(id, "attachment binary", mail.attachments().stream()
                        .anyMatch(a -> a.contentType().startsWith("image/") || a.contentType().startsWith("application/")
                                && !a.contentType().contains("signature") && !a.contentType().contains("pkcs7")),
                        "binary attachment", CorpusFiles.filenames(mail));
            } else {
                log.that(id, "attachment text", mail.attachments().stream()
                        .anyMatch(a -> decodeText(a).contains("zanzibar")) || mail.text().contains("zanzibar"),
                        "zanzibar", CorpusFiles.filenames(mail));
            }
        }
    }

    private static List<String> enclosedSubjects(ParsedMail mail) {
        return mail.attachments().stream().map(ParsedAttachment::messageSubject).filter(Objects::nonNull).toList();
    }

    // ---------------------------------------------------------------- OTRS

    void otrs(String id, JsonNode expected, JsonNode testCase, CheckLog log) {
        ParsedMail mail = files.parse("otrs", Json.firstFile(testCase));
        for (String field : List.of("from", "to", "cc")) {
            if (present(expected, field)) {
                log.equal(id, field, squash(text(expected, field)), squash(mail.header(field).orElse(null)));
            }
        }
        if (present(expected, "subject")) {
            log.equal(id, "subject", text(expected, "subject"), mail.subject());
        }
        if (present(expected, "body_md5")) {
            String md5 = text(expected, "body_md5");
            boolean attachmentBody = mail.text().isEmpty() && CorpusFiles.hasAttachmentWithMd5(mail, md5);
            log.that(id, "body_md5", attachmentBody || bodyMd5Matches(mail.text(), md5), md5,
                    md5(mail.text().getBytes(StandardCharsets.UTF_8)) + " " + abbreviate(mail.text()));
        }
        for (String needle : texts(expected, "body_contains")) {
            log.that(id, "body contains", mail.text().contains(needle), needle, abbreviate(mail.text()));
        }
        if (present(expected, "body_not_contains")) {
            log.notApplicable(id, "body_not_contains", "checks OTRS's HTML to text rendering for words like 'br'");
        }
        for (JsonNode item : expected.path("attachments")) {
            if (present(item, "filename")) {
                log.that(id, "attachment name", CorpusFiles.filenames(mail).contains(text(item, "filename")),
                        text(item, "filename"), CorpusFiles.filenames(mail));
            }
            if (present(item, "content_md5")) {
                log.that(id, "attachment content", otrsAttachmentMd5Matches(mail, text(item, "content_md5")),
                        text(item, "content_md5"), CorpusFiles.filenames(mail));
            }
        }
        if (present(expected, "attachment_count") && expected.get("attachment_count").asInt() == 0) {
            log.equal(id, "attachment_count", 0, mail.attachments().size());
        }
        if (present(expected, "charset")) {
            log.notApplicable(id, "charset", "reports the declared charset label; Postdesk returns decoded text");
        }
    }

    /**
     * Compares attachment MD5s; for text attachments also after turning CRLF into LF, because OTRS's
     * MIME-tools decoder writes quoted-printable line breaks as LF, as it does for the body.
     */
    private static boolean otrsAttachmentMd5Matches(ParsedMail mail, String md5) {
        return mail.attachments().stream().anyMatch(a -> md5(a.content()).equalsIgnoreCase(md5)
                || a.contentType().startsWith("text/") && md5(new String(a.content(), StandardCharsets.ISO_8859_1)
                        .replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1)).equalsIgnoreCase(md5));
    }

    private static boolean bodyMd5Matches(String text, String md5) {
        for (String variant : List.of(text, text + "\n", text.strip(), text.strip() + "\n",
                text.replace("\n", "\r\n"), text.replace("\n", "\r\n") + "\r\n")) {
            if (md5(variant.getBytes(StandardCharsets.UTF_8)).equalsIgnoreCase(md5)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- Redmine

    void redmine(String id, JsonNode expected, JsonNode testCase, CheckLog log) {
        ParsedMail mail = files.parse("redmine", Json.firstFile(testCase));
        log.that(id, "parsed", true, "parsed", "parsed");
        if (present(expected, "subject")) {
            String subject = text(expected, "subject");
            if (subject.equals("(no subject)")) {
                log.equal(id, "subject", null, emptyToNull(mail.subject()));
            } else if (id.contains("long_subject")) {
                log.that(id, "subject", mail.subject().startsWith(subject), subject, mail.subject());
            } else {
                log.equal(id, "subject", subject, mail.subject());
            }
        }
        if (present(expected, "subject_contains")) {
            log.that(id, "subject", mail.subject().contains(text(expected, "subject_contains")),
                    text(expected, "subject_contains"), mail.subject());
        }
        if (present(expected, "description")) {
            log.equal(id, "description", squash(text(expected, "description")), squash(mail.text()));
        }
        if (present(expected, "description_if_plain_preferred")) {
            log.equal(id, "text part", text(expected, "description_if_plain_preferred"), mail.text().strip());
        }
        if (present(expected, "description_if_html_preferred")) {
            log.equal(id, "html part", text(expected, "description_if_html_preferred"),
                    mail.html() == null ? null : HtmlToText.convert(mail.html()).strip());
        }
        for (String needle : texts(expected, "description_contains")) {
            log.that(id, "description contains", squash(mail.text()).contains(squash(needle)), needle, abbreviate(mail.text()));
        }
        for (String needle : texts(expected, "description_not_contains")) {
            log.that(id, "description lacks", !mail.text().contains(needle), needle, abbreviate(mail.text()));
        }
        if (present(expected, "content")) {
            log.that(id, "content", mail.text().contains(text(expected, "content")), text(expected, "content"),
                    abbreviate(mail.text()));
        }
        if (present(expected, "notes_contains")) {
            log.that(id, "visible text", mail.visibleText().contains(text(expected, "notes_contains")),
                    text(expected, "notes_contains"), abbreviate(mail.visibleText()));
        }
        for (String field : List.of("author_address", "sender_address")) {
            if (present(expected, field)) {
                log.equal(id, "sender", text(expected, field), mail.fromAddress());
            }
        }
        if (present(expected, "sender_first_name")) {
            log.equal(id, "sender name", text(expected, "sender_first_name") + " " + text(expected, "sender_last_name"),
                    mail.from() == null ? null : mail.from().displayName());
        }
        for (String cc : texts(expected, "cc_watchers")) {
            log.that(id, "cc", CorpusFiles.addresses(mail.cc()).contains(cc), cc, CorpusFiles.addresses(mail.cc()));
        }
        JsonNode attachments = expected.path("attachments");
        if (attachments.isArray() && attachments.isEmpty()) {
            log.notApplicable(id, "attachments", "Redmine drops empty files; Postdesk keeps every attached part");
        }
        for (JsonNode item : attachments) {
            redmineAttachment(id, mail, item, log);
        }
        for (JsonNode item : expected.path("attachments_include")) {
            String filename = text(item, "filename");
            ParsedAttachment found = byName(mail, filename);
            log.that(id, "attachment " + filename, found != null
                    && decodeText(found).contains(text(item, "content_contains")), filename, CorpusFiles.filenames(mail));
        }
        for (JsonNode delimiterCase : expected.path("body_delimiter_cases")) {
            if (present(delimiterCase, "regex_delimiter")) {
                for (String needle : texts(delimiterCase, "description_contains")) {
                    log.that(id, "visible text contains", mail.visibleText().contains(needle), needle,
                            abbreviate(mail.visibleText()));
                }
                for (String needle : texts(delimiterCase, "description_not_contains")) {
                    log.that(id, "visible text lacks", !mail.visibleText().contains(needle), needle,
                            abbreviate(mail.visibleText()));
                }
            } else {
                log.notApplicable(id, "body_delimiter_cases", "Redmine's configurable 'reply above this line' markers");
            }
        }
        for (String field : List.of("action", "threading", "ticket", "auto_reply_rule")) {
            if (present(expected, field)) {
                log.notApplicable(id, field, "ticket handling and threading, not parsing");
            }
        }
    }

    private static void redmineAttachment(String id, ParsedMail mail, JsonNode item, CheckLog log) {
        String filename = text(item, "filename");
        ParsedAttachment found = byName(mail, filename);
        log.that(id, "attachment name " + filename, found != null, filename, CorpusFiles.filenames(mail));
        if (found == null) {
            return;
        }
        if (present(item, "size")) {
            log.equal(id, "attachment size " + filename, item.get("size").asLong(), found.size());
        }
        if (present(item, "sha256")) {
            log.equal(id, "attachment sha256 " + filename, text(item, "sha256"), CorpusFiles.sha256(found.content()));
        }
        if (present(item, "content_type")) {
            log.equal(id, "attachment type " + filename, text(item, "content_type"), found.contentType());
        }
        if (present(item, "raw_bytes_hex")) {
            log.equal(id, "attachment bytes " + filename, text(item, "raw_bytes_hex"),
                    java.util.HexFormat.of().formatHex(found.content()));
        }
    }

    private static ParsedAttachment byName(ParsedMail mail, String filename) {
        return mail.attachments().stream().filter(a -> a.filename().equals(filename)).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- Mime4j

    void mime4j(String id, JsonNode expected, JsonNode testCase, CheckLog log) {
        ParsedMail mail = files.parse("mime4j", Json.firstFile(testCase, ".msg"));
        log.that(id, "parsed", true, "parsed", "parsed");
        List<ParsedMail> all = withEnclosed(mail);
        for (String part : texts(expected, "decoded_parts")) {
            byte[] bytes = files.bytes("mime4j", part);
            if (part.endsWith(".bin")) {
                String md5 = md5(bytes);
                log.that(id, "binary part " + shortName(part), all.stream()
                        .anyMatch(m -> CorpusFiles.hasAttachmentWithMd5(m, md5)), md5, CorpusFiles.filenames(mail));
                continue;
            }
            // Mime4j writes each part in its own charset (ISO-8859-1 when none is declared).
            String decodedPart = new String(bytes, StandardCharsets.UTF_8);
            if (decodedPart.indexOf('\uFFFD') >= 0) {
                decodedPart = new String(bytes, StandardCharsets.ISO_8859_1);
            }
            // Postdesk moves uuencoded files out of the text; compare the text around them.
            String expectedText = squash(uuStripped(decodedPart));
            boolean found = expectedText.isEmpty() || all.stream().anyMatch(m -> containsText(m, expectedText));
            log.that(id, "text part " + shortName(part), found, abbreviate(expectedText), abbreviate(mail.text()));
        }
        for (String field : List.of("stream_events", "roundtrip_output")) {
            log.notApplicable(id, field, "Mime4j's low-level event stream and byte round trip");
        }
    }

    private static String uuStripped(String text) {
        java.util.regex.Matcher begin = Pattern.compile("(?m)^begin [0-7]{3,4} .*$").matcher(text);
        if (!begin.find()) {
            return text;
        }
        int end = text.indexOf("\nend", begin.end());
        return end < 0 ? text.substring(0, begin.start()) : text.substring(0, begin.start())
                + uuStripped(text.substring(Math.min(text.length(), end + 4)));
    }

    private static boolean containsText(ParsedMail mail, String squashedText) {
        if (squash(mail.text()).contains(squashedText)) {
            return true;
        }
        if (mail.html() != null && squash(mail.html()).contains(squashedText)) {
            return true;
        }
        return mail.attachments().stream().anyMatch(a -> squash(decodeText(a)).contains(squashedText)
                || squash(new String(a.content(), StandardCharsets.ISO_8859_1)).contains(squashedText));
    }

    /** Returns the mail followed by every attached message, parsed, so that enclosed parts can be found. */
    private static List<ParsedMail> withEnclosed(ParsedMail mail) {
        List<ParsedMail> result = new ArrayList<>();
        result.add(mail);
        for (ParsedAttachment attachment : mail.attachments()) {
            if (attachment.contentType().equals("message/rfc822")) {
                result.addAll(withEnclosed(new MailParser().parse(attachment.content(), CorpusFiles.ARRIVAL)));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- flanker

    void flanker(String id, JsonNode expected, JsonNode testCase, CheckLog log) {
        ParsedMail mail = files.parse("flanker", Json.firstFile(testCase));
        log.that(id, "parsed", true, "parsed", "parsed");
        if (present(expected, "subject")) {
            log.equal(id, "subject", text(expected, "subject"), mail.subject());
        }
        if (present(expected, "from")) {
            nameAddr(id, "from", text(expected, "from"), mail.from(), log);
        }
        if (present(expected, "to")) {
            nameAddr(id, "to", text(expected, "to"), mail.to().isEmpty() ? null : mail.to().get(0), log);
        }
        JsonNode attachment = expected.path("attachment");
        if (present(attachment, "detected_file_name")) {
            String name = text(attachment, "detected_file_name");
            String prefix = name.contains("\uFFFD") ? name.substring(0, name.indexOf('\uFFFD') - 1) : name;
            log.that(id, "attachment name", CorpusFiles.filenames(mail).stream().anyMatch(n -> n.startsWith(prefix)),
                    name, CorpusFiles.filenames(mail));
        }
        if (present(attachment, "detected_content_type")) {
            String type = text(attachment, "detected_content_type");
            log.that(id, "attachment type", mail.attachments().stream().anyMatch(a -> a.contentType().equals(type)),
                    type, mail.attachments().stream().map(ParsedAttachment::contentType).toList());
        }
        if (present(expected, "first_part_body_nonempty")) {
            log.that(id, "body kept", !mail.text().isBlank(), "non-empty text", abbreviate(mail.text()));
        }
        if (present(expected, "parse_error")) {
            log.notApplicable(id, "parse_error", "flanker rejects the mail; a helpdesk keeps what decodes");
        }
        for (String field : List.of("top_parts", "part_types", "content_type", "part2_content_type",
                "enclosed_content_type", "roundtrip_unchanged", "is_bounce", "bounce", "content_disposition",
                "part1_content_transfer_encoding")) {
            if (present(expected, field)) {
                log.notApplicable(id, field, "MIME tree, round trip or bounce detail of flanker's own API");
            }
        }
    }

    private static void nameAddr(String id, String field, String expected, MailAddress actual, CheckLog log) {
        Matcher matcher = NAME_ADDR.matcher(expected);
        if (matcher.matches()) {
            log.equal(id, field + " address", lower(matcher.group(2)), actual == null ? null : actual.address());
            log.equal(id, field + " name", emptyToNull(matcher.group(1)), actual == null ? null : actual.displayName());
        } else {
            log.equal(id, field + " address", lower(expected.strip()), actual == null ? null : actual.address());
        }
    }

    // ---------------------------------------------------------------- CPython email

    void cpython(String id, JsonNode expected, JsonNode testCase, CheckLog log) {
        ParsedMail mail = files.parse("cpython_email", id);
        log.that(id, "parsed", true, "parsed", "parsed");
        if (present(expected, "part_filenames")) {
            log.equal(id, "attachment names", texts(expected, "part_filenames"), CorpusFiles.filenames(mail));
        }
        if (present(expected, "text_body")) {
            log.equal(id, "text", squash(text(expected, "text_body")), squash(mail.text()));
        }
        if (present(expected, "text_joined")) {
            StringBuilder joined = new StringBuilder(mail.text());
            mail.attachments().stream().filter(a -> a.contentType().equals("text/plain"))
                    .forEach(a -> joined.append('\n').append(decodeText(a)));
            log.equal(id, "text", squash(text(expected, "text_joined")), squash(joined.toString()));
        }
        if (present(expected, "enclosed_subject")) {
            log.that(id, "attached message subject", enclosedSubjects(mail).contains(text(expected, "enclosed_subject")),
                    text(expected, "enclosed_subject"), enclosedSubjects(mail));
        }
        if (present(expected, "enclosed_body")) {
            String body = text(expected, "enclosed_body");
            boolean found = mail.attachments().stream().filter(a -> a.contentType().equals("message/rfc822"))
                    .map(a -> new MailParser().parse(a.content(), CorpusFiles.ARRIVAL))
                    .anyMatch(m -> squash(m.text()).equals(squash(body)));
            log.that(id, "attached message body", found, body, CorpusFiles.filenames(mail));
        }
        if (present(expected, "cc_all")) {
            log.equal(id, "cc", texts(expected, "cc_all"), CorpusFiles.addresses(mail.cc()));
        }
        if (present(expected, "part2_name_param")) {
            log.that(id, "attachment name", CorpusFiles.filenames(mail).contains(text(expected, "part2_name_param")),
                    text(expected, "part2_name_param"), CorpusFiles.filenames(mail));
        }
        if (present(expected, "strict_policy_error") || present(expected, "inner_defects")) {
            log.that(id, "warning recorded", !mail.warnings().isEmpty(), "a parse warning", mail.warnings());
        }
        if (present(expected, "no_blank_line_after_headers")) {
            log.equal(id, "subject", "here's something interesting", mail.subject());
            log.equal(id, "text", "counter to RFC 5322, there's no separating newline here", squash(mail.text()));
        }
        for (String field : List.of("content_type", "charset", "charsets", "charsets_with_default_dingbat", "params",
                "preamble", "epilogue", "roundtrip", "structure", "parts", "top_parts", "rfc2231_title",
                "content_charset", "body_line_count", "enclosed_types", "enclosed_content_type", "text_plain_parts",
                "text_parts", "headers_only_defects")) {
            if (present(expected, field)) {
                log.notApplicable(id, field, "MIME tree or parameter detail of Python's email API");
            }
        }
    }

    // ---------------------------------------------------------------- Ruby mail

    void rubyMail(String id, JsonNode expected, JsonNode testCase, CheckLog log) {
        if (id.contains("raw_email_with_binary_encoded")) {
            log.notApplicable(id, "all", "a template with a placeholder, not a mail");
            return;
        }
        ParsedMail mail = files.parse("ruby_mail", id);
        log.that(id, "parsed", true, "parsed", "parsed");
        Map<String, List<MailAddress>> lists = Map.of("from", mail.from() == null ? List.of() : List.of(mail.from()),
                "to", mail.to(), "cc", mail.cc(), "reply_to", mail.replyTo());
        for (Map.Entry<String, List<MailAddress>> entry : lists.entrySet()) {
            if (present(expected, entry.getKey())) {
                log.equal(id, entry.getKey(), texts(expected, entry.getKey()).stream().map(CorpusFiles::lower).toList(),
                        CorpusFiles.addresses(entry.getValue()).stream().map(CorpusFiles::lower).toList());
            }
        }
        if (present(expected, "subject")) {
            log.equal(id, "subject", text(expected, "subject"), mail.subject());
        }
        if (present(expected, "subject_raw_bytes_latin1")) {
            log.equal(id, "subject", text(expected, "subject_raw_bytes_latin1"), mail.subject());
        }
        if (present(expected, "message_id")) {
            log.equal(id, "message_id", text(expected, "message_id"), mail.messageId());
        }
        if (present(expected, "in_reply_to")) {
            log.equal(id, "in_reply_to", texts(expected, "in_reply_to"), mail.inReplyTo());
        }
        if (present(expected, "references")) {
            log.equal(id, "references", texts(expected, "references"), mail.references());
        }
        if (present(expected, "date")) {
            log.equal(id, "date", parseDate(text(expected, "date")), mail.date());
        }
        if (present(expected, "attachment_filenames")) {
            log.equal(id, "attachment names", texts(expected, "attachment_filenames"), CorpusFiles.filenames(mail));
        }
        if (present(expected, "attachment_count")) {
            log.equal(id, "attachment_count", expected.get("attachment_count").asInt(), mail.attachments().size());
        }
        JsonNode sizes = expected.path("attachment_decoded_sizes");
        for (int i = 0; i < sizes.size(); i++) {
            if (!sizes.get(i).isNull()) {
                Long actual = i < mail.attachments().size() ? mail.attachments().get(i).size() : null;
                log.equal(id, "attachment size " + i, sizes.get(i).asLong(), actual);
            }
        }
        if (present(expected, "first_attachment_inline")) {
            log.that(id, "first attachment inline", !mail.attachments().isEmpty() && mail.attachments().get(0).inline(),
                    true, mail.attachments().isEmpty() ? "none" : mail.attachments().get(0).inline());
        }
        if (present(expected, "is_attachment")) {
            log.that(id, "whole mail is an attachment", mail.attachments().size() == 1, 1, mail.attachments().size());
        }
        if (present(expected, "decoded_body")) {
            log.equal(id, "text", lf(text(expected, "decoded_body")).strip(), mail.text().strip());
        }
        if (present(expected, "decoded_body_chomped")) {
            log.equal(id, "text", text(expected, "decoded_body_chomped").strip(), mail.text().strip());
        }
        if (present(expected, "from_display_names")) {
            log.equal(id, "from name", texts(expected, "from_display_names").get(0),
                    mail.from() == null ? null : mail.from().displayName());
        }
        if (present(expected, "from_formatted")) {
            nameAddr(id, "from", text(expected, "from_formatted"), mail.from(), log);
        }
        if (present(expected, "to_formatted")) {
            nameAddr(id, "to", text(expected, "to_formatted"), mail.to().isEmpty() ? null : mail.to().get(0), log);
        }
        if (present(expected, "from_addresses")) {
            log.equal(id, "from", texts(expected, "from_addresses"),
                    mail.from() == null ? List.of() : CorpusFiles.addresses(List.of(mail.from())));
        }
        for (String field : List.of("to_group_addresses", "cc_group_names", "resent_from", "resent_to", "resent_date",
                "resent_message_id", "parts", "multipart", "boundary", "first_part_parts", "first_part_boundary",
                "content_type", "main_type", "sub_type", "is_bounced", "action", "final_recipient", "error_status",
                "diagnostic_code", "remote_mta", "retryable", "reencode_ok", "sender")) {
            if (present(expected, field)) {
                log.notApplicable(id, field, "MIME tree, group, resent or DSN detail of the mail gem's API");
            }
        }
    }

    private static java.time.Instant parseDate(String value) {
        try {
            return new MailDateFormat().parse(value).toInstant();
        } catch (ParseException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- PHP mime mail parser

    void php(String id, JsonNode expected, JsonNode testCase, CheckLog log) {
        ParsedMail mail = files.parse("php_mime_mail_parser", Json.firstFile(testCase));
        log.that(id, "parsed", true, "parsed", "parsed");
        if (present(expected, "subject")) {
            log.equal(id, "subject", text(expected, "subject"), mail.subject());
        }
        JsonNode from = expected.path("from_addresses");
        if (from.isArray() && !from.isEmpty()) {
            phpAddress(id, "from", from.get(0), mail.from(), log);
        }
        JsonNode to = expected.path("to_addresses");
        for (int i = 0; i < to.size(); i++) {
            phpAddress(id, "to " + i, to.get(i), i < mail.to().size() ? mail.to().get(i) : null, log);
        }
        if (present(expected, "text_body")) {
            String plain = mail.textDerivedFromHtml() ? "" : mail.text();
            phpBody(id, "text", expected.get("text_body"), plain, log);
        }
        if (present(expected, "html_body")) {
            phpBody(id, "html", expected.get("html_body"), mail.html() == null ? "" : mail.html(), log);
        }
        JsonNode attachments = expected.path("attachments");
        for (int i = 0; i < attachments.size(); i++) {
            JsonNode item = attachments.get(i);
            String filename = text(item, "filename");
            ParsedAttachment found = byName(mail, filename);
            log.that(id, "attachment name " + filename, found != null, filename, CorpusFiles.filenames(mail));
            if (found == null) {
                continue;
            }
            if (present(item, "size")) {
                log.equal(id, "attachment size " + filename, item.get("size").asLong(), found.size());
            }
            if (present(item, "content_type")) {
                log.equal(id, "attachment type " + filename, lower(text(item, "content_type")), found.contentType());
            }
        }
        for (String field : List.of("from_header", "to_header", "embedded_data_uri_count")) {
            if (present(expected, field)) {
                log.notApplicable(id, field, "PHP's own header rendering or data: URI inlining");
            }
        }
    }

    private static void phpAddress(String id, String field, JsonNode expected, MailAddress actual, CheckLog log) {
        log.equal(id, field + " address", lower(text(expected, "address")), actual == null ? null : actual.address());
        String display = text(expected, "display");
        if (display != null && !display.equalsIgnoreCase(text(expected, "address"))) {
            log.equal(id, field + " name", display, actual == null ? null : actual.displayName());
        }
    }

    private static void phpBody(String id, String field, JsonNode expected, String actual, CheckLog log) {
        String mode = text(expected, "mode");
        if ("exact".equals(mode)) {
            log.equal(id, field, squash(text(expected, "value")), squash(actual));
        } else if ("count_substring".equals(mode)) {
            String needle = lf(text(expected, "substring"));
            log.equal(id, field + " contains '" + abbreviate(needle) + "'", expected.get("count").asInt(),
                    count(lf(actual), needle));
        }
    }

    private static int count(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }

    // ---------------------------------------------------------------- bounce collections

    /** Bounce corpora: classification is not the parser's job, but every bounce must parse. */
    void bounce(String source, String id, JsonNode expected, JsonNode testCase, CheckLog log) {
        ParsedMail mail = files.parse(source, Json.firstFile(testCase));
        log.that(id, "parsed", true, "parsed", "parsed");
        log.that(id, "sender or body kept", mail.from() != null || !mail.text().isBlank(), "from or text", mail.subject());
        log.notApplicable(id, "bounce detail", "bounce classification is a separate pipeline stage");
    }

    // ---------------------------------------------------------------- helpers

    private static String shortName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String str(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        String flat = value.replace("\n", "\\n");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    static String lowerCase(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
