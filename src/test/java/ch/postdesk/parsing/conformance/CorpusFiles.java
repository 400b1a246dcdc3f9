package ch.postdesk.parsing.conformance;

import ch.postdesk.parsing.MailAddress;
import ch.postdesk.parsing.MailParser;
import ch.postdesk.parsing.ParsedAttachment;
import ch.postdesk.parsing.ParsedMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reading corpus files and the normalisations the comparisons share. */
final class CorpusFiles {

    static final Instant ARRIVAL = Instant.parse("2026-12-04T10:00:00Z");

    private final Path root;
    private final MailParser parser = new MailParser();

    CorpusFiles(Path root) {
        this.root = root;
    }

    Path path(String source, String file) {
        return root.resolve(source).resolve(file);
    }

    byte[] bytes(String source, String file) {
        try {
            return Files.readAllBytes(path(source, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String source, String file) {
        return new String(bytes(source, file), StandardCharsets.UTF_8);
    }

    boolean exists(String source, String file) {
        return Files.isRegularFile(path(source, file));
    }

    ParsedMail parse(String source, String file) {
        return parser.parse(bytes(source, file), ARRIVAL);
    }

    /** Collapses every run of whitespace to one space and trims, for comparing text across line-break styles. */
    static String squash(String text) {
        return text == null ? null : text.replaceAll("[\\s\\p{Z}\u200b\u00ad]+", " ").strip();
    }

    /** Removes all whitespace, the comparison talon's tests use. */
    static String noSpace(String text) {
        return text == null ? null : text.replaceAll("[\\s\u00a0]+", "");
    }

    static String lf(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String md5(byte[] bytes) {
        return digest("MD5", bytes);
    }

    static String sha256(byte[] bytes) {
        return digest("SHA-256", bytes);
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> addresses(List<MailAddress> list) {
        return list.stream().map(a -> a.address() != null ? a.address() : a.raw()).toList();
    }

    static String formatted(List<MailAddress> list) {
        return list.stream().map(MailAddress::formatted).collect(Collectors.joining(", "));
    }

    static List<String> filenames(ParsedMail mail) {
        return mail.attachments().stream().map(ParsedAttachment::filename).toList();
    }

    static boolean hasAttachmentWithMd5(ParsedMail mail, String md5) {
        return mail.attachments().stream().anyMatch(a -> md5(a.content()).equalsIgnoreCase(md5));
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
