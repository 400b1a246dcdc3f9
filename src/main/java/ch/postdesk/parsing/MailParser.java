package ch.postdesk.parsing;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses raw RFC 5322 messages into {@link ParsedMail}. The parser never throws for malformed
 * content: it keeps what it can decode and records a warning instead.
 */
public final class MailParser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern BARE_MESSAGE_ID = Pattern.compile("[^<>\\s,;]+@[^<>\\s,;]+");
    private static final String SYNTHETIC_DOMAIN = "synthesized.postdesk.invalid";

    private final Session session;

    public MailParser() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.decodefilename", "true");
        properties.setProperty("mail.mime.decodeparameters", "true");
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        properties.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        properties.setProperty("mail.mime.uudecode.ignoremissingbeginend", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
        properties.setProperty("mail.mime.multipart.allowempty", "true");
        properties.setProperty("mail.mime.allowutf8", "true");
        properties.setProperty("mail.mime.contenttypehandler", "");
        this.session = Session.getInstance(properties);
    }

    /** Parses {@code raw}; {@code arrival} stands in for a missing or invalid Date header. */
    public ParsedMail parse(byte[] raw, Instant arrival) {
        List<String> warnings = new ArrayList<>();
        MimeMessage message;
        try {
            message = new MimeMessage(session, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new MailParseException("message header cannot be read: " + e.getMessage(), e);
        }

        List<ParsedMail.Header> headers = readHeaders(message);
        String messageId = firstMessageId(headerValue(message, "Message-ID"));
        boolean synthesized = false;
        if (messageId == null) {
            messageId = sha256Hex(raw).substring(0, 40) + "@" + SYNTHETIC_DOMAIN;
            synthesized = true;
            warnings.add("Message-ID missing; synthesised " + messageId);
        }

        Instant date = readDate(message, arrival, warnings);
        Body body = new Body();
        try {
            walk(message, body, warnings, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            warnings.add("body partly unreadable: " + e.getMessage());
        }
        String text = body.text.length() > 0 ? body.text.toString() : null;
        String html = body.html.length() > 0 ? body.html.toString() : null;
        if (text == null && html != null) {
            text = HtmlToText.convert(html);
        }

        return new ParsedMail(
                messageId,
                synthesized,
                messageIds(headerValue(message, "In-Reply-To")),
                messageIds(headerValue(message, "References")),
                decodeHeader(headerValue(message, "Subject")),
                first(addresses(message, "From", warnings)),
                addresses(message, "To", warnings),
                addresses(message, "Cc", warnings),
                addresses(message, "Reply-To", warnings),
                date,
                text == null ? "" : text,
                html,
                List.copyOf(body.attachments),
                headers,
                List.copyOf(warnings));
    }

    private static final class Body {
        final StringBuilder text = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<ParsedAttachment> attachments = new ArrayList<>();
    }

    private void walk(Part part, Body body, List<String> warnings, int depth) throws MessagingException, IOException {
        String contentType = baseType(part);
        if (contentType.startsWith("multipart/")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                boolean alternative = contentType.equals("multipart/alternative");
                boolean textTaken = false;
                boolean htmlTaken = false;
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String childType = baseType(child);
                    if (alternative && childType.equals("text/plain") && textTaken) {
                        continue;
                    }
                    if (alternative && childType.equals("text/html") && htmlTaken) {
                        continue;
                    }
                    walk(child, body, warnings, depth + 1);
                    textTaken |= childType.equals("text/plain");
                    htmlTaken |= childType.equals("text/html");
                }
                return;
            }
            warnings.add("multipart without readable parts: " + contentType);
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || filename(part) != null;
        if (!attachment && contentType.equals("text/plain")) {
            appendText(body.text, decodeText(part, warnings));
            return;
        }
        if (!attachment && contentType.equals("text/html")) {
            appendText(body.html, decodeText(part, warnings));
            return;
        }
        body.attachments.add(toAttachment(part, contentType, body.attachments.size() + 1, warnings));
    }

    private static void appendText(StringBuilder target, String text) {
        if (target.length() > 0) {
            target.append("\n\n");
        }
        target.append(text);
    }

    private String decodeText(Part part, List<String> warnings) throws MessagingException, IOException {
        byte[] bytes = readBytes(part, warnings);
        String label = null;
        try {
            label = new ContentType(part.getContentType()).getParameter("charset");
        } catch (ParseException | RuntimeException e) {
            warnings.add("invalid Content-Type '" + part.getContentType() + "'");
        }
        Charsets.Decoded decoded = Charsets.decode(bytes, label);
        if (decoded.relabelled()) {
            warnings.add("text declared as " + (label == null ? "no charset" : label) + " decoded as "
                    + decoded.charset().name());
        }
        return decoded.text().replace("\r\n", "\n").replace('\u0000', ' ');
    }

    private ParsedAttachment toAttachment(Part part, String contentType, int index, List<String> warnings)
            throws MessagingException, IOException {
        String filename = filename(part);
        byte[] content;
        if (contentType.equals("message/rfc822")) {
            content = rawNestedMessage(part, warnings);
            if (filename == null) {
                filename = "message-" + index + ".eml";
            }
        } else {
            content = readBytes(part, warnings);
        }
        if (filename == null) {
            filename = "part-" + index + extensionFor(contentType);
        }
        String contentId = firstMessageId(headerValue(part, "Content-ID"));
        boolean inline = contentId != null && !Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
        return new ParsedAttachment(filename, contentType, content, contentId, inline);
    }

    private static byte[] rawNestedMessage(Part part, List<String> warnings) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof MimeMessage nested) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            nested.writeTo(out);
            return out.toByteArray();
        }
        return readBytes(part, warnings);
    }

    private static byte[] readBytes(Part part, List<String> warnings) throws MessagingException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            warnings.add("content of a " + safeType(part) + " part truncated: " + e.getMessage());
            return new byte[0];
        }
    }

    private static String safeType(Part part) {
        try {
            return part.getContentType();
        } catch (MessagingException e) {
            return "unknown";
        }
    }

    private static String baseType(Part part) {
        try {
            String type = part.getContentType();
            if (type == null) {
                return "text/plain";
            }
            return new ContentType(type).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String filename(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : MimeUtility.decodeText(name).strip();
        } catch (MessagingException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static String extensionFor(String contentType) {
        return switch (contentType) {
            case "text/plain" -> ".txt";
            case "text/html" -> ".html";
            case "text/calendar" -> ".ics";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "application/pdf" -> ".pdf";
            default -> ".bin";
        };
    }

    private static List<ParsedMail.Header> readHeaders(MimeMessage message) {
        List<ParsedMail.Header> headers = new ArrayList<>();
        try {
            Enumeration<jakarta.mail.Header> all = message.getAllHeaders();
            while (all.hasMoreElements()) {
                jakarta.mail.Header header = all.nextElement();
                headers.add(new ParsedMail.Header(header.getName(), decodeHeader(header.getValue())));
            }
        } catch (MessagingException e) {
            // The header block was already read once by the constructor; nothing more to recover.
        }
        return Collections.unmodifiableList(headers);
    }

    private static String headerValue(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException e) {
            return null;
        }
    }

    static String decodeHeader(String value) {
        if (value == null) {
            return null;
        }
        String unfolded = MimeUtility.unfold(value);
        try {
            return MimeUtility.decodeText(unfolded).strip();
        } catch (IOException | RuntimeException e) {
            return unfolded.strip();
        }
    }

    private static Instant readDate(MimeMessage message, Instant arrival, List<String> warnings) {
        try {
            java.util.Date sent = message.getSentDate();
            if (sent != null) {
                return sent.toInstant();
            }
        } catch (MessagingException | RuntimeException e) {
            // fall through to the arrival time
        }
        warnings.add("Date missing or invalid; using the arrival time");
        return arrival;
    }

    private static List<MailAddress> addresses(MimeMessage message, String name, List<String> warnings) {
        String value = headerValue(message, name);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String unfolded = MimeUtility.unfold(value);
        try {
            List<MailAddress> result = new ArrayList<>();
            for (Address address : InternetAddress.parseHeader(unfolded, false)) {
                if (address instanceof InternetAddress internet) {
                    if (internet.isGroup()) {
                        for (InternetAddress member : internet.getGroup(false)) {
                            result.add(toMailAddress(member));
                        }
                    } else {
                        result.add(toMailAddress(internet));
                    }
                }
            }
            return result;
        } catch (AddressException e) {
            warnings.add(name + " header is not a valid address list; kept as text");
            return List.of(new MailAddress(null, null, decodeHeader(value)));
        }
    }

    private static MailAddress toMailAddress(InternetAddress address) {
        String addr = address.getAddress();
        String personal = address.getPersonal();
        boolean valid = addr != null && addr.indexOf('@') > 0 && addr.indexOf('@') < addr.length() - 1
                && addr.chars().noneMatch(Character::isWhitespace);
        String raw = address.toUnicodeString();
        return new MailAddress(valid ? addr.toLowerCase(Locale.ROOT) : null,
                personal == null || personal.isBlank() ? null : personal.strip(), raw);
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
