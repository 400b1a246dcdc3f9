package ch.postdesk.parsing;

import ch.postdesk.content.MailContent;
import ch.postdesk.content.Spooling;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParsePosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses raw RFC 5322 messages into {@link ParsedMail}. The parser never throws for malformed
 * content: it keeps what it can decode and records a warning instead. It throws
 * {@link MailParseException} only when Jakarta Mail cannot read the header block at all.
 *
 * <p>The raw message is read through a shared stream ({@link SharedByteArrayInputStream} or a
 * shared file stream for spooled content), so Jakarta Mail slices parts out of the caller's
 * content instead of copying the message. Each decoded attachment goes into its own
 * {@link MailContent}: in memory when small, in a spool file when larger than the threshold of
 * the parser's {@link Spooling}. The caller releases spooled attachments with
 * {@link ParsedMail#releaseContent()}.
 */
public final class MailParser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern BARE_MESSAGE_ID = Pattern.compile("[^<>\\s,;]+@[^<>\\s,;]+");
    private static final String SYNTHETIC_DOMAIN = "synthesized.postdesk.invalid";
    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "charset\\s*=\\s*\"?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int CHARSET_SCAN_BYTES = 64 * 1024;

    private final Session session;
    private final Spooling spooling;

    /** Creates a parser that keeps decoded attachments in memory, for mail that is in memory already. */
    public MailParser() {
        this(Spooling.IN_MEMORY);
    }

    /** Creates a parser that writes decoded attachments larger than the threshold of {@code spooling} to disk. */
    public MailParser(Spooling spooling) {
        this.spooling = spooling;
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        // Off so that MimeWalker decodes encoded-word filenames itself, with the charset aliases of Charsets.
        properties.setProperty("mail.mime.decodefilename", "false");
        properties.setProperty("mail.mime.decodeparameters", "true");
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        properties.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        properties.setProperty("mail.mime.uudecode.ignoremissingbeginend", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
        properties.setProperty("mail.mime.multipart.allowempty", "true");
        properties.setProperty("mail.mime.ignoreunknownencoding", "true");
        // Off so that header bytes arrive as ISO-8859-1 characters, one per byte; HeaderDecoder then
        // decodes raw 8-bit headers as UTF-8 when valid and by detection otherwise.
        properties.setProperty("mail.mime.allowutf8", "false");
        this.session = Session.getInstance(properties);
    }

    /** Parses {@code raw}; {@code arrival} replaces a missing or invalid Date header. */
    public ParsedMail parse(byte[] raw, Instant arrival) {
        return parse(MailContent.of(raw), arrival);
    }

    /** Parses {@code raw}; {@code arrival} replaces a missing or invalid Date header. */
    public ParsedMail parse(MailContent raw, Instant arrival) {
        List<String> warnings = new ArrayList<>();
        MailContent readable = HeaderBlock.withBodySeparator(raw, warnings, spooling);
        try (java.io.InputStream in = readable.openSharedStream()) {
            return parse(raw, in, arrival, warnings);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("raw message cannot be read", e);
        } finally {
            if (readable != raw) {
                readable.close();
            }
        }
    }

    private ParsedMail parse(MailContent raw, java.io.InputStream in, Instant arrival, List<String> warnings) {
        MimeMessage message;
        try {
            message = new MimeMessage(session, in);
        } catch (MessagingException e) {
            throw new MailParseException("message header cannot be read: " + e.getMessage(), e);
        }
        String headerCharset = headerCharsetHint(raw.head(CHARSET_SCAN_BYTES));

        List<ParsedMail.Header> headers = readHeaders(message, headerCharset, warnings);
        String messageId = firstMessageId(rawHeader(message, "Message-ID"));
        boolean synthesized = false;
        if (messageId == null) {
            messageId = raw.sha256().substring(0, 40) + "@" + SYNTHETIC_DOMAIN;
            synthesized = true;
            warnings.add("Message-ID missing; synthesised " + messageId);
        }
        Instant date = readDate(rawHeader(message, "Date"), arrival, warnings);

        MimeWalker.Body body = MimeWalker.walk(message, headerCharset, spooling);
        warnings.addAll(body.warnings);
        String html = body.html.length() > 0 ? body.html.toString() : null;
        String text = body.text.length() > 0 ? body.text.toString() : null;
        boolean derived = false;
        if (text == null && body.tnefBodyText != null) {
            text = body.tnefBodyText;
        }
        if (text == null && html != null) {
            text = HtmlToText.convert(html);
            derived = true;
        }
        if (text == null) {
            text = "";
        }
        String visible = derived ? VisibleText.extractHtml(html) : VisibleText.extract(text);

        return new ParsedMail(
                messageId,
                synthesized,
                messageIds(rawHeader(message, "In-Reply-To")),
                messageIds(rawHeader(message, "References")),
                HeaderDecoder.decode(rawHeader(message, "Subject"), headerCharset),
                sender(message, headerCharset, warnings),
                addresses(message, "To", headerCharset, warnings),
                addresses(message, "Cc", headerCharset, warnings),
                addresses(message, "Reply-To", headerCharset, warnings),
                date,
                text,
                html,
                List.copyOf(body.attachments),
                headers,
                List.copyOf(warnings),
                visible,
                derived);
    }

    /**
     * Returns the first charset the message declares other than ASCII and UTF-8: the charset its
     * sender's client used, and the best guess for raw 8-bit bytes in headers and filenames.
     */
    private static String headerCharsetHint(byte[] raw) {
        Matcher matcher = DECLARED_CHARSET.matcher(new String(raw, 0, Math.min(raw.length, CHARSET_SCAN_BYTES),
                java.nio.charset.StandardCharsets.ISO_8859_1));
        while (matcher.find()) {
            String label = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!label.equals("us-ascii") && !label.startsWith("utf")) {
                return label;
            }
        }
        return null;
    }

    private static List<ParsedMail.Header> readHeaders(MimeMessage message, String headerCharset,
            List<String> warnings) {
        List<ParsedMail.Header> headers = new ArrayList<>();
        try {
            Enumeration<jakarta.mail.Header> all = message.getAllHeaders();
            while (all.hasMoreElements()) {
                jakarta.mail.Header header = all.nextElement();
                headers.add(new ParsedMail.Header(header.getName(), HeaderDecoder.decode(header.getValue(), headerCharset)));
            }
        } catch (MessagingException e) {
            warnings.add("header block could not be read completely: " + e.getMessage());
        }
        for (String single : List.of("From", "Subject", "Date", "Message-ID", "Content-Type")) {
            if (headers.stream().filter(h -> h.name().equalsIgnoreCase(single)).count() > 1) {
                warnings.add("duplicate " + single + " header; the first one is used");
            }
        }
        return Collections.unmodifiableList(headers);
    }

    private static String rawHeader(MimeMessage message, String name) {
        return MimeWalker.firstHeader(message, name);
    }

    private static Instant readDate(String value, Instant arrival, List<String> warnings) {
        if (value != null && !value.isBlank()) {
            String unfolded = HeaderDecoder.unfold(value).strip();
            Date parsed = new MailDateFormat().parse(unfolded, new ParsePosition(0));
            if (parsed != null) {
                return parsed.toInstant();
            }
            warnings.add("Date '" + unfolded + "' is invalid; using the arrival time");
            return arrival;
        }
        warnings.add("Date missing; using the arrival time");
        return arrival;
    }

    private static List<MailAddress> addresses(MimeMessage message, String name, String headerCharset,
            List<String> warnings) {
        String[] values;
        try {
            values = message.getHeader(name);
        } catch (MessagingException e) {
            values = null;
        }
        if (values == null) {
            return List.of();
        }
        // Several To or Cc fields violate RFC 5322 but occur; their addresses are merged.
        List<MailAddress> result = new ArrayList<>();
        for (String value : values) {
            result.addAll(AddressParser.parse(HeaderDecoder.decode8bit(value, headerCharset), name, warnings));
        }
        return List.copyOf(result);
    }

    /**
     * Returns the sender: the first valid address of all From headers, because spam and broken
     * gateways write a garbled From before the real one; else the first entry, kept as raw text.
     */
    private static MailAddress sender(MimeMessage message, String headerCharset, List<String> warnings) {
        String[] values;
        try {
            values = message.getHeader("From");
        } catch (MessagingException e) {
            values = null;
        }
        if (values == null) {
            return null;
        }
        MailAddress first = null;
        for (String value : values) {
            for (MailAddress address : AddressParser.parse(HeaderDecoder.decode8bit(value, headerCharset), "From",
                    warnings)) {
                if (address.valid()) {
                    return address;
                }
                if (first == null) {
                    first = address;
                }
            }
        }
        return first;
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    /** Extracts the Message-IDs from an In-Reply-To or References value, tolerating missing brackets. */
    static List<String> messageIds(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(value);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        if (ids.isEmpty()) {
            Matcher bare = BARE_MESSAGE_ID.matcher(value);
            while (bare.find()) {
                ids.add(bare.group());
            }
        }
        return List.copyOf(ids);
    }

    static String firstMessageId(String value) {
        List<String> ids = messageIds(value);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        if (value != null && !value.isBlank()) {
            String trimmed = value.strip().replace("<", "").replace(">", "");
            return trimmed.isEmpty() || trimmed.contains(" ") ? null : trimmed;
        }
        return null;
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
