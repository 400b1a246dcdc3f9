package ch.postdesk.safety;

import ch.postdesk.content.MailContent;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * Checks a raw message against {@link SafetyProperties.Limits} before it is parsed. The header
 * block is scanned byte by byte. The MIME tree is walked with Jakarta Mail and the walk stops at
 * the first limit it passes, so a hostile message cannot make the check itself expensive.
 */
public final class MailLimits {

    /** The header block of a spooled mail is looked for in this many bytes at its start. */
    public static final int HEADER_SCAN_BYTES = 1024 * 1024;

    private static final java.util.regex.Pattern MESSAGE_ID_FIELD = java.util.regex.Pattern.compile(
            "(?im)^message-id:\\s*<([^<>\\s]+)>");

    private final SafetyProperties.Limits limits;
    private final Session session = Session.getInstance(lenient());

    public MailLimits(SafetyProperties.Limits limits) {
        this.limits = limits;
    }

    private static Properties lenient() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        properties.setProperty("mail.mime.parameters.strict", "false");
        return properties;
    }

    /** Returns whether a message of {@code size} bytes is larger than the maximum message size. */
    public boolean oversized(long size) {
        return size > limits.maxMessageSize().toBytes();
    }

    /**
     * Checks the header block and the MIME structure.
     *
     * @throws MailLimitExceededException naming the exceeded limit and its value
     */
    public void checkStructure(MailContent content) {
        byte[] raw = content.inMemory() ? content.bytes()
                : content.head((int) Math.max(HEADER_SCAN_BYTES, Math.min(limits.maxHeaderSize().toBytes() + 4,
                        Integer.MAX_VALUE - 8)));
        int headerEnd = headerEnd(raw);
        if (headerEnd > limits.maxHeaderSize().toBytes()) {
            throw new MailLimitExceededException("header block of " + headerEnd + " bytes exceeds the limit of "
                    + limits.maxHeaderSize().toBytes() + " bytes (postdesk.safety.limits.max-header-size)");
        }
        int fields = headerFieldCount(raw, headerEnd);
        if (fields > limits.maxHeaderCount()) {
            throw new MailLimitExceededException(fields + " header fields exceed the limit of "
                    + limits.maxHeaderCount() + " (postdesk.safety.limits.max-header-count)");
        }
        try (InputStream in = content.openSharedStream()) {
            MimeMessage message = new MimeMessage(session, in);
            walk(message, 0, new int[] {0});
        } catch (MessagingException | IOException e) {
            // An unreadable structure is left to the parser, which records what it cannot read.
        }
    }

    /**
     * Returns the Message-ID of the header block at the start of {@code raw} without angle
     * brackets, or null when there is none. Folded fields are unfolded first.
     */
    public static String messageId(byte[] raw) {
        String header = new String(headerBlock(raw), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replaceAll("\r?\n[ \t]+", " ");
        java.util.regex.Matcher matcher = MESSAGE_ID_FIELD.matcher(header);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Returns the header block of {@code raw}, without the blank line that ends it. */
    public static byte[] headerBlock(byte[] raw) {
        int end = headerEnd(raw);
        byte[] block = new byte[end];
        System.arraycopy(raw, 0, block, 0, end);
        return block;
    }

    private void walk(Part part, int depth, int[] parts) throws MessagingException, IOException {
        parts[0]++;
        if (parts[0] > limits.maxMimeParts()) {
            throw new MailLimitExceededException("more than " + limits.maxMimeParts()
                    + " MIME parts (postdesk.safety.limits.max-mime-parts)");
        }
        if (depth > limits.maxMimeDepth()) {
            throw new MailLimitExceededException("MIME nesting deeper than " + limits.maxMimeDepth()
                    + " levels (postdesk.safety.limits.max-mime-depth)");
        }
        String type = baseType(part);
        if (type.startsWith("multipart/")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, depth + 1, parts);
                }
            }
        } else if (type.equals("message/rfc822") || type.equals("message/global")) {
            Object content = part.getContent();
            if (content instanceof MimeMessage nested) {
                walk(nested, depth + 1, parts);
            }
        }
    }

    private static String baseType(Part part) {
        try {
            String type = part.getContentType();
            return type == null ? "text/plain" : new ContentType(type).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    /** Returns the offset of the blank line that ends the header block, or the length when there is none. */
    static int headerEnd(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '\n') {
                continue;
            }
            if (i + 1 < raw.length && raw[i + 1] == '\n') {
                return i + 1;
            }
            if (i + 2 < raw.length && raw[i + 1] == '\r' && raw[i + 2] == '\n') {
                return i + 1;
            }
        }
        return raw.length;
    }

    /** Counts header fields: lines that do not start with white space (continuations of a folded field). */
    static int headerFieldCount(byte[] raw, int headerEnd) {
        int fields = 0;
        boolean lineStart = true;
        for (int i = 0; i < headerEnd; i++) {
            byte b = raw[i];
            if (lineStart && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                fields++;
            }
            lineStart = b == '\n';
        }
        return fields;
    }

    /** Returns {@code bytes} as a human-readable size such as {@code 41.2 MB}. */
    public static String formatSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
