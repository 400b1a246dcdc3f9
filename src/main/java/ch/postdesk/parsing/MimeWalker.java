package ch.postdesk.parsing;

import ch.postdesk.content.ContentSpool;
import ch.postdesk.content.MailContent;
import ch.postdesk.content.Spooling;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the MIME tree of a message and collects the text body, the HTML body and the attachments.
 *
 * <p>Rules: in {@code multipart/alternative} the first text and the first HTML alternative are
 * the bodies. Text and HTML parts without a filename or attachment disposition elsewhere are body
 * parts and are appended in order. {@code multipart/signed} keeps its signature part as an
 * attachment. {@code message/rfc822} parts become {@code .eml} attachments with their subject and
 * sender. TNEF containers are unpacked and uuencoded blocks in text are extracted. Every problem
 * with content becomes a warning; nothing here throws for malformed content.
 */
final class MimeWalker {

    private static final int MAX_DEPTH = 40;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    /** Text, HTML, attachments and warnings collected by one walk. */
    static final class Body {
        final StringBuilder text = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<ParsedAttachment> attachments = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String tnefBodyText;
    }

    private final Body body = new Body();
    private final String headerCharset;
    private final Spooling spooling;

    private MimeWalker(String headerCharset, Spooling spooling) {
        this.headerCharset = headerCharset;
        this.spooling = spooling;
    }

    /**
     * Walks the tree below {@code root}.
     *
     * @param headerCharset charset for raw 8-bit filenames that are not UTF-8, or null
     * @param spooling where decoded attachments larger than its threshold are kept
     */
    static Body walk(Part root, String headerCharset, Spooling spooling) {
        MimeWalker walker = new MimeWalker(headerCharset, spooling);
        walker.visit(root, 0, false);
        return walker.body;
    }

    private void visit(Part part, int depth, boolean inAlternative) {
        if (depth > MAX_DEPTH) {
            body.warnings.add("MIME nesting deeper than " + MAX_DEPTH + " levels; inner parts skipped");
            return;
        }
        String type = baseType(part);
        try {
            if (type.startsWith("multipart/") || type.startsWith("message/")) {
                part = decodedContainer(part, type);
            }
            if (type.startsWith("multipart/")) {
                visitMultipart(part, type, depth);
                return;
            }
            if (type.equals("message/rfc822") || type.equals("message/global")) {
                body.attachments.add(attachedMessage(part));
                return;
            }
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || filename(part) != null;
            if (!attachment && (type.equals("text/plain") || type.equals("text/html"))) {
                appendBody(part, type);
                return;
            }
            if (isTnef(part, type)) {
                unpackTnef(part);
                return;
            }
            body.attachments.add(toAttachment(part, type));
        } catch (MessagingException | IOException | RuntimeException e) {
            body.warnings.add("a " + type + " part could not be read (" + e.getMessage() + "); its raw content is kept");
            keepRaw(part, type);
        }
    }

    /**
     * Returns a container part (multipart or message) whose body is Base64 or quoted-printable
     * encoded as a new part with the decoded body. Jakarta Mail ignores the transfer encoding of
     * containers by default, although some clients encode attached messages this way.
     */
    private Part decodedContainer(Part part, String type) throws MessagingException {
        String encoding = firstHeader(part, "Content-Transfer-Encoding");
        encoding = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        if (!encoding.equals("base64") && !encoding.equals("quoted-printable")) {
            return part;
        }
        try (InputStream in = rawStream(part)) {
            byte[] raw = in.readAllBytes();
            byte[] decoded = encoding.equals("base64") ? LenientDecoder.base64(raw) : LenientDecoder.quotedPrintable(raw);
            jakarta.mail.internet.InternetHeaders headers = new jakarta.mail.internet.InternetHeaders();
            headers.setHeader("Content-Type", firstHeader(part, "Content-Type"));
            String disposition = firstHeader(part, "Content-Disposition");
            if (disposition != null) {
                headers.setHeader("Content-Disposition", disposition);
            }
            return new MimeBodyPart(headers, decoded);
        } catch (IOException e) {
            body.warnings.add("an encoded " + type + " part cannot be read: " + e.getMessage());
            return part;
        }
    }

    private void visitMultipart(Part part, String type, int depth) throws MessagingException, IOException {
        Object content;
        try {
            content = part.getContent();
        } catch (MessagingException e) {
            // Usually the declared boundary does not occur. Guessing another boundary splits some
            // mails wrongly, so the undecoded body is kept as text instead.
            body.warnings.add(type + " is broken (" + e.getMessage() + "); its content is kept as text");
            appendRaw(part);
            return;
        }
        if (!(content instanceof MimeMultipart multipart)) {
            body.warnings.add(type + " without readable parts; kept as text");
            appendBody(part, "text/plain");
            return;
        }
        int count;
        try {
            count = multipart.getCount();
        } catch (MessagingException e) {
            body.warnings.add(type + " is broken (" + e.getMessage() + "); its content is kept as text");
            appendRaw(part);
            return;
        }
        if (!multipart.isComplete()) {
            body.warnings.add(type + " has no closing boundary; the mail may be truncated");
        }
        if (count == 0) {
            body.warnings.add(type + " has no parts; its content is kept as text");
            appendRaw(part);
            return;
        }
        String preamble = multipart.getPreamble();
        if (count == 1 && preamble != null && !preamble.isBlank() && baseType(multipart.getBodyPart(0)).isEmpty()) {
            body.warnings.add(type + " has only a preamble");
        }
        switch (type) {
            case "multipart/alternative" -> visitAlternative(multipart, count, depth);
            case "multipart/signed" -> {
                visit(multipart.getBodyPart(0), depth + 1, false);
                for (int i = 1; i < count; i++) {
                    BodyPart signature = multipart.getBodyPart(i);
                    body.attachments.add(toAttachment(signature, baseType(signature)));
                }
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    visit(multipart.getBodyPart(i), depth + 1, false);
                }
            }
        }
    }

    /**
     * Takes the first text and the first HTML alternative as the bodies; other alternatives
     * (such as a second text or an enriched version) are skipped, nested multiparts are walked.
     */
    private void visitAlternative(Multipart multipart, int count, int depth) throws MessagingException {
        boolean textTaken = false;
        boolean htmlTaken = false;
        for (int i = 0; i < count; i++) {
            BodyPart child = multipart.getBodyPart(i);
            String childType = baseType(child);
            boolean isText = childType.equals("text/plain");
            boolean isHtml = childType.equals("text/html");
            if (isText && textTaken || isHtml && htmlTaken) {
                continue;
            }
            if (childType.startsWith("text/") && !isText && !isHtml) {
                continue;
            }
            visit(child, depth + 1, true);
            textTaken |= isText;
            htmlTaken |= isHtml || childType.startsWith("multipart/");
        }
    }

    private void appendBody(Part part, String type) throws MessagingException {
        byte[] bytes = readBytes(part, type);
        String label = charsetLabel(part);
        if (label == null && type.equals("text/html")) {
            Matcher meta = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
            label = meta.find() ? meta.group(1) : null;
        }
        Charsets.Decoded decoded = Charsets.decode(bytes, label);
        if (decoded.relabelled()) {
            body.warnings.add("text declared as " + (label == null ? "no charset" : label) + " decoded as "
                    + decoded.charset().name());
        }
        String text = clean(decoded.text(), type);
        if (type.equals("text/plain")) {
            if (isFlowed(part)) {
                text = FormatFlowed.unflow(text, delSp(part));
            }
            Uuencode.Result uu = Uuencode.extract(text);
            body.attachments.addAll(uu.files());
            append(body.text, uu.text());
        } else {
            append(body.html, text);
        }
    }

    private String clean(String text, String type) {
        String result = text.replace("\r\n", "\n").replace('\r', '\n');
        if (result.indexOf('\u0000') >= 0) {
            body.warnings.add("NUL bytes removed from a " + type + " part");
            result = result.replace("\u0000", "");
        }
        return result;
    }

    private static void append(StringBuilder target, String text) {
        if (text.isBlank()) {
            return;
        }
        if (target.length() > 0) {
            target.append("\n\n");
        }
        target.append(text);
    }

    /** Keeps the undecoded body of a broken multipart as text so that nothing readable is lost. */
    private void appendRaw(Part part) {
        try (InputStream in = rawStream(part)) {
            byte[] bytes = in.readAllBytes();
            append(body.text, clean(Charsets.decode(bytes, charsetLabel(part)).text(), "multipart"));
        } catch (MessagingException | IOException | RuntimeException e) {
            body.warnings.add("the raw content of a broken part could not be read: " + e.getMessage());
        }
    }

    private static InputStream rawStream(Part part) throws MessagingException, IOException {
        if (part instanceof MimeBodyPart bodyPart) {
            return bodyPart.getRawInputStream();
        }
        if (part instanceof MimeMessage message) {
            return message.getRawInputStream();
        }
        return part.getInputStream();
    }

    private void keepRaw(Part part, String type) {
        try (InputStream in = rawStream(part)) {
            MailContent content = ContentSpool.copy(in, spooling);
            String name = filename(part);
            body.attachments.add(new ParsedAttachment(name != null ? name
                    : "part-" + (body.attachments.size() + 1) + MimeTypes.extensionFor(type), type, content,
                    contentId(part), false));
        } catch (MessagingException | IOException | RuntimeException e) {
            body.warnings.add("a " + type + " part was dropped because it cannot be read at all: " + e.getMessage());
        }
    }

    private ParsedAttachment attachedMessage(Part part) throws MessagingException, IOException {
        MailContent content = readContent(part, "message/rfc822");
        String subject = null;
        String from = null;
        try (InputStream in = content.openSharedStream()) {
            MimeMessage nested = new MimeMessage(null, in);
            subject = HeaderDecoder.decode(firstHeader(nested, "Subject"), headerCharset);
            from = HeaderDecoder.decode(firstHeader(nested, "From"), headerCharset);
        } catch (MessagingException | IOException | RuntimeException e) {
            body.warnings.add("an attached message has an unreadable header: " + e.getMessage());
        }
        String filename = filename(part);
        if (filename == null) {
            String description = description(part);
            String base = subject != null && !subject.isBlank() ? subject
                    : description != null ? description : "message-" + (body.attachments.size() + 1);
            filename = safeFilename(base) + ".eml";
        }
        return new ParsedAttachment(filename, "message/rfc822", content, contentId(part),
                Part.INLINE.equalsIgnoreCase(disposition(part)), subject, from);
    }

    private static String safeFilename(String subject) {
        String name = subject.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    private ParsedAttachment toAttachment(Part part, String type) throws MessagingException, IOException {
        MailContent content = readContent(part, type);
        String filename = filename(part);
        if (filename == null) {
            String description = description(part);
            filename = description != null ? safeFilename(description) + MimeTypes.extensionFor(type) : defaultName(type);
        }
        String contentId = contentId(part);
        String disposition = disposition(part);
        boolean inline = contentId != null && !Part.ATTACHMENT.equalsIgnoreCase(disposition)
                || Part.INLINE.equalsIgnoreCase(disposition) && type.startsWith("image/");
        String charset = type.startsWith("text/") ? safeCharsetLabel(charsetLabel(part)) : null;
        return new ParsedAttachment(filename, type, content, contentId, inline, null, null, charset);
    }

    private String defaultName(String type) {
        return switch (type) {
            case "application/pgp-signature" -> "signature.asc";
            case "application/pkcs7-signature", "application/x-pkcs7-signature" -> "smime.p7s";
            case "application/pkcs7-mime", "application/x-pkcs7-mime" -> "smime.p7m";
            case "text/calendar" -> "invite.ics";
            default -> "part-" + (body.attachments.size() + 1) + MimeTypes.extensionFor(type);
        };
    }

    private boolean isTnef(Part part, String type) {
        String name = filename(part);
        return type.equals("application/ms-tnef") || type.equals("application/vnd.ms-tnef")
                || name != null && name.equalsIgnoreCase("winmail.dat");
    }

    private void unpackTnef(Part part) throws MessagingException {
        byte[] content = readBytes(part, "application/ms-tnef");
        try {
            TnefExtractor.Result result = TnefExtractor.extract(content);
            body.attachments.addAll(result.files());
            if (result.bodyText() != null && !result.bodyText().isBlank()) {
                body.tnefBodyText = result.bodyText();
            }
            if (result.files().isEmpty() && result.bodyText() == null) {
                body.attachments.add(new ParsedAttachment("winmail.dat", "application/ms-tnef", content, null, false));
            }
        } catch (IOException | RuntimeException e) {
            body.warnings.add("winmail.dat could not be unpacked (" + e.getMessage() + "); kept as it is");
            body.attachments.add(new ParsedAttachment(filenameOr(part, "winmail.dat"), "application/ms-tnef", content,
                    null, false));
        }
    }

    private String filenameOr(Part part, String fallback) {
        String name = filename(part);
        return name == null ? fallback : name;
    }

    /**
     * Decodes the content of a part into a spool: in memory when small, else into a spool file,
     * so that a large attachment is streamed from the raw message to disk without a heap copy.
     */
    private MailContent readContent(Part part, String type) throws MessagingException, IOException {
        try (ContentSpool spool = new ContentSpool(spooling)) {
            try (InputStream in = part.getInputStream()) {
                in.transferTo(spool);
            } catch (IOException e) {
                return MailContent.of(decodeDamaged(part, type, e));
            }
            return spool.finish();
        }
    }

    /**
     * Reads the decoded content of a part. The buffer starts at the encoded size, which is at least
     * the decoded size for base64 and quoted-printable, so a large attachment is not copied while
     * the buffer grows; only the final trim to the exact length copies it once.
     */
    private byte[] readBytes(Part part, String type) throws MessagingException {
        int encodedSize = Math.max(part.getSize(), 0);
        try (InputStream in = part.getInputStream()) {
            return readAll(in, encodedSize);
        } catch (IOException e) {
            return decodeDamaged(part, type, e);
        }
    }

    /** Decodes a part whose transfer encoding Jakarta Mail rejected, keeping every decodable byte. */
    private byte[] decodeDamaged(Part part, String type, IOException cause) throws MessagingException {
        String encoding = firstHeader(part, "Content-Transfer-Encoding");
        encoding = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        body.warnings.add("content of a " + type + " part has damaged " + encoding + " encoding ("
                + cause.getMessage() + "); decoded leniently");
        try (InputStream in = rawStream(part)) {
            byte[] raw = in.readAllBytes();
            if (encoding.contains("base64")) {
                return LenientDecoder.base64(raw);
            }
            if (encoding.contains("quoted-printable")) {
                return LenientDecoder.quotedPrintable(raw);
            }
            if (encoding.contains("uu")) {
                String lines = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
                Uuencode.Result uu = Uuencode.extract(lines);
                if (!uu.files().isEmpty()) {
                    return uu.files().get(0).content();
                }
                byte[] decoded = Uuencode.decodeBlock(lines);
                return decoded == null ? raw : decoded;
            }
            return raw;
        } catch (IOException inner) {
            body.warnings.add("the raw content of a " + type + " part cannot be read: " + inner.getMessage());
            return new byte[0];
        }
    }

    static byte[] readAll(InputStream in, int sizeHint) throws IOException {
        if (sizeHint <= 0) {
            return in.readAllBytes();
        }
        byte[] buffer = new byte[sizeHint + 1];
        int length = 0;
        while (true) {
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                break;
            }
            length += read;
            if (length == buffer.length) {
                ByteArrayOutputStream rest = new ByteArrayOutputStream();
                rest.write(buffer, 0, length);
                in.transferTo(rest);
                return rest.toByteArray();
            }
        }
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }

    static String baseType(Part part) {
        try {
            String[] headers = part.getHeader("Content-Type");
            if (headers == null || headers.length == 0) {
                return "text/plain";
            }
            return new ContentType(headers[0]).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return lenientBaseType(part);
        }
    }

    /** Reads the type of a Content-Type header that Jakarta Mail rejects, such as "text/plain charset=x". */
    private static String lenientBaseType(Part part) {
        try {
            String value = part.getHeader("Content-Type")[0].strip().toLowerCase(Locale.ROOT);
            Matcher matcher = Pattern.compile("^([a-z0-9!#$&^_.+-]+)\\s*/\\s*([a-z0-9!#$&^_.+-]+)").matcher(value);
            return matcher.find() ? matcher.group(1) + "/" + matcher.group(2) : "text/plain";
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    /** Returns {@code label} in lower case when it is a plain charset token, else null. */
    private static String safeCharsetLabel(String label) {
        return label != null && label.matches("[A-Za-z0-9_.:\\-]{1,40}") ? label.toLowerCase(Locale.ROOT) : null;
    }

    static String charsetLabel(Part part) {
        try {
            String[] headers = part.getHeader("Content-Type");
            if (headers == null || headers.length == 0) {
                return null;
            }
            return new ContentType(headers[0]).getParameter("charset");
        } catch (MessagingException | RuntimeException e) {
            return lenientParameter(part, "charset");
        }
    }

    private static String lenientParameter(Part part, String name) {
        try {
            String value = part.getHeader("Content-Type")[0];
            Matcher matcher = Pattern.compile(name + "\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE).matcher(value);
            return matcher.find() ? matcher.group(1) : null;
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isFlowed(Part part) {
        String format = parameter(part, "format");
        return format != null && format.equalsIgnoreCase("flowed");
    }

    private static boolean delSp(Part part) {
        String delsp = parameter(part, "delsp");
        return delsp != null && delsp.equalsIgnoreCase("yes");
    }

    private static String parameter(Part part, String name) {
        try {
            String[] headers = part.getHeader("Content-Type");
            return headers == null || headers.length == 0 ? null : new ContentType(headers[0]).getParameter(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** Returns the decoded filename from Content-Disposition or Content-Type, or null. */
    private String filename(Part part) {
        String name = null;
        try {
            name = part.getFileName();
        } catch (MessagingException | RuntimeException e) {
            name = lenientParameter(part, "name");
        }
        String extended = Rfc2231.parameter(firstHeader(part, "Content-Disposition"), "filename");
        if (extended == null) {
            extended = Rfc2231.parameter(firstHeader(part, "Content-Type"), "name");
        }
        if (extended != null && !extended.isBlank()) {
            name = extended;
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        name = unquotedContinuation(part, name);
        String decoded = HeaderDecoder.decodeEncodedWords(HeaderDecoder.decode8bit(name, headerCharset)).strip();
        if (decoded.isEmpty()) {
            return null;
        }
        int slash = Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\'));
        return slash >= 0 && slash < decoded.length() - 1 ? decoded.substring(slash + 1) : decoded;
    }

    /**
     * Returns the whole value of an unquoted {@code name=} or {@code filename=} parameter with
     * spaces, such as {@code name=This is a test.txt}, which Jakarta Mail cuts at the first space.
     */
    private static String unquotedContinuation(Part part, String parsed) {
        for (String header : new String[] {"Content-Disposition", "Content-Type"}) {
            String value = firstHeader(part, header);
            if (value == null) {
                continue;
            }
            Matcher matcher = Pattern.compile("(?i)\\b(?:file)?name\\s*=\\s*([^\"';\\s][^;\"]*)").matcher(
                    HeaderDecoder.unfold(value));
            if (matcher.find()) {
                String whole = matcher.group(1).strip();
                if (whole.length() > parsed.length() && whole.startsWith(parsed)) {
                    return whole;
                }
            }
        }
        return parsed;
    }

    /** Returns the Content-Description, which bounces and some clients use in place of a filename, or null. */
    private String description(Part part) {
        String value = HeaderDecoder.decode(firstHeader(part, "Content-Description"), headerCharset);
        return value == null || value.isBlank() || value.length() > 120 ? null : value;
    }

    static String contentId(Part part) {
        return MailParser.firstMessageId(firstHeader(part, "Content-ID"));
    }

    static String firstHeader(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException e) {
            return null;
        }
    }
}
