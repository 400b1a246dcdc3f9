package ch.postdesk.safety;

import ch.postdesk.content.MailContent;
import ch.postdesk.parsing.ParsedMail;
import ch.postdesk.safety.BounceReport.FailedRecipient;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises delivery status notifications and reads the failed recipients, their status codes
 * and the Message-ID of the message that failed. Understands RFC 3464 reports
 * ({@code multipart/report; report-type=delivery-status}) and the plain-text formats of Postfix,
 * Exim, Sendmail, qmail, Exchange, Office 365 and Gmail, with a generic fallback for other MTAs.
 *
 * <p>A plain-text notification counts only when it comes from a mailer daemon (by sender, null
 * return path or a bounce subject) and its text carries an MTA's wording, so that a customer who
 * forwards a bounce to support is not taken for one.
 */
public final class BounceParser {

    private static final Pattern ENHANCED_STATUS = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");
    /** A basic SMTP reply code, followed by a space or by the hyphen of a multi-line reply but not of a phone number. */
    private static final Pattern SMTP_CODE = Pattern.compile("(?<![\\d.#-])([245])\\d\\d(?= |-(?!\\d{3}-\\d))");
    static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern MESSAGE_ID_LINE = Pattern.compile("(?im)^[ \\t>]*Message-ID:[ \\t]*<?([^<>\\s]+@[^<>\\s]+)>?");

    static final Pattern DAEMON_LOCAL_PART = Pattern.compile(
            "(mailer[-_.]?daemon|mail[-_.]?daemon|postmaster|mdaemon|mail[-_.]?delivery[-_.]?(system|subsystem)?"
                    + "|bounces?|nobody|root|mail[-_.]?administrator)([-+_.].*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAEMON_DISPLAY_NAME = Pattern.compile(
            "mail delivery|mailer.?daemon|postmaster|mail administrator|system administrator|microsoft outlook"
                    + "|e-?mail delivery", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
            "undeliver(ed|able)|delivery (status notification|failure|failed|has failed|problem|notification)"
                    + "|returned mail|mail delivery (failed|failure|system)|failure notice|non[- ]?delivery"
                    + "|could not (be )?deliver|delivery report|mail system error|message not delivered"
                    + "|returned to sender|warning: could not send|delayed mail|delivery delayed"
                    + "|unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|unzustellbare"
                    + "|non remis|non distribu|échec de (la )?(remise|distribution)|message non délivré"
                    + "|rapport de non-remise|mail could not be delivered|error during delivery|delivery warning"
                    + "|delivery notification|mail system error|message delivery failure|undelivered mail",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARD_PREFIX = Pattern.compile("^\\s*(fwd?|wg|tr|fw)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern DELAY_SUBJECT = Pattern.compile(
            "\\(delay\\)|delayed|warning|verzögert|retardé|not yet been delivered", Pattern.CASE_INSENSITIVE);

    /** Text that a known MTA puts into its notifications, with the format it identifies. */
    private static final Map<String, String> MTA_MARKERS = markers();
    /** Wording of notifications that report a delay, not a failure. */
    private static final List<String> DELAY_MARKERS = List.of("this is a warning message only",
            "has been delayed", "will keep trying", "delivery attempts will continue", "has not yet been delivered",
            "will continue to be retried", "message will be retried", "still trying", "delivery is delayed",
            "no further action is required", "temporarily deferred", "delivery temporarily suspended",
            "delay in delivery", "continue to try", "has been postponed");
    /** Wording of a failure that retrying cannot fix. */
    private static final List<String> PERMANENT_MARKERS = List.of("user unknown", "unknown user", "no such user",
            "permanent error", "permanent fatal error", "failed permanently", "does not exist");
    /** Wording that a failed delivery has in almost every MTA. */
    private static final List<String> GENERIC_MARKERS = List.of("could not be delivered", "undeliverable",
            "user unknown", "unknown user", "no such user", "mailbox unavailable", "mailbox not found",
            "delivery failed", "permanent error", "permanent fatal error", "recipient address rejected",
            "does not exist", "returned to sender", "failed permanently", "not delivered", "unable to deliver",
            "delivery has failed", "address rejected", "invalid recipient", "delivery to the following",
            "message was not delivered", "nicht zugestellt", "konnte nicht zugestellt", "n'a pas pu être remis",
            "couldn't be delivered", "wasn't delivered", "was not delivered", "quota exceeded", "over quota",
            "mailbox is full", "mailbox full", "no mailbox", "unrouteable address", "host unknown",
            "account has been disabled", "undeliverable message", "delivery status notification",
            "mail has been returned", "message has been returned", "user not found", "invalid mailbox");

    private static Map<String, String> markers() {
        Map<String, String> markers = new LinkedHashMap<>();
        markers.put("this is the mail system at host", "postfix");
        markers.put("i'm sorry to have to inform you that your message could not", "postfix");
        markers.put("this message was created automatically by mail delivery software", "exim");
        markers.put("could not be delivered to one or more of its recipients", "exim");
        markers.put("this is the qmail-send program", "qmail");
        markers.put("i'm afraid i wasn't able to deliver your message", "qmail");
        markers.put("the following addresses had permanent fatal errors", "sendmail");
        markers.put("transcript of session follows", "sendmail");
        markers.put("the original message was received at", "sendmail");
        markers.put("your message did not reach some or all of the intended recipients", "exchange");
        markers.put("the following recipient(s) could not be reached", "exchange");
        markers.put("delivery has failed to these recipients or groups", "exchange");
        markers.put("couldn't be delivered", "office365");
        markers.put("remote server returned '", "office365");
        markers.put("delivery to the following recipient failed permanently", "gmail");
        markers.put("delivery to the following recipients failed", "gmail");
        markers.put("delivery to the following recipient has been delayed", "gmail");
        markers.put("wasn't delivered to", "gmail");
        markers.put("the response from the remote server was", "gmail");
        return markers;
    }

    /** Header fields that name a notification's sender and recipients, whose addresses the text search skips. */
    private static final List<String> NOTIFICATION_ADDRESS_HEADERS = List.of("From", "Sender", "Reply-To",
            "Return-Path", "To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To");

    private final Session session;

    public BounceParser() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        properties.setProperty("mail.mime.parameters.strict", "false");
        this.session = Session.getInstance(properties);
    }

    /** Returns what {@code raw} reports when it is a delivery status notification about a failure or delay. */
    public Optional<BounceReport> parse(ParsedMail parsed, byte[] raw) {
        return parse(parsed, MailContent.of(raw));
    }

    /** Returns what {@code raw} reports, as {@link #parse(ParsedMail, byte[])} does. */
    public Optional<BounceReport> parse(ParsedMail parsed, MailContent raw) {
        String contentType = parsed.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        boolean report = contentType.contains("multipart/report");
        boolean daemonSender = daemonSender(parsed);
        String subject = parsed.subject() == null ? "" : parsed.subject();
        boolean forwarded = FORWARD_PREFIX.matcher(subject).find();
        boolean bounceSubject = !forwarded && BOUNCE_SUBJECT.matcher(subject).find();
        if (!report && !daemonSender && !bounceSubject) {
            return Optional.empty();
        }

        Content content = read(raw);
        if (content.deliveryStatus != null) {
            return Optional.ofNullable(fromDeliveryStatus(content, subject));
        }
        if (report && !content.text.toString().isBlank() && contentType.contains("report-type=delivery-status")) {
            // A report that announces a delivery status but whose status part is missing or unreadable.
            return Optional.of(fromText(content, "rfc3464", subject));
        }

        String text = content.text.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        String format = null;
        for (Map.Entry<String, String> marker : MTA_MARKERS.entrySet()) {
            if (lower.contains(marker.getKey())) {
                format = marker.getValue();
                break;
            }
        }
        boolean generic = GENERIC_MARKERS.stream().anyMatch(lower::contains)
                || DELAY_MARKERS.stream().anyMatch(lower::contains);
        if (format != null && (daemonSender || bounceSubject)) {
            return Optional.of(fromText(content, format, subject));
        }
        if (daemonSender && (bounceSubject || generic) || bounceSubject && generic && !replyPrefix(subject)) {
            return Optional.of(fromText(content, "generic", subject));
        }
        return Optional.empty();
    }

    private static boolean replyPrefix(String subject) {
        return subject.matches("(?is)^\\s*(re|aw|antw|sv|vs|réf)\\s*:.*");
    }

    static boolean daemonSender(ParsedMail parsed) {
        String returnPath = parsed.header("Return-Path").orElse(null);
        if (returnPath != null) {
            String path = returnPath.replaceAll("[\\s<>]", "");
            if (path.isEmpty()) {
                return true;
            }
            int at = path.indexOf('@');
            if (at > 0 && DAEMON_LOCAL_PART.matcher(path.substring(0, at)).matches()) {
                return true;
            }
        }
        if (parsed.from() == null) {
            return false;
        }
        String address = parsed.fromAddress();
        if (address != null) {
            String local = address.substring(0, address.indexOf('@'));
            if (DAEMON_LOCAL_PART.matcher(local).matches()) {
                return true;
            }
        }
        String name = parsed.from().displayName();
        return name != null && DAEMON_DISPLAY_NAME.matcher(name).find();
    }

    // ---- RFC 3464 ----

    private BounceReport fromDeliveryStatus(Content content, String subject) {
        List<Map<String, String>> blocks = statusBlocks(content.deliveryStatus);
        List<FailedRecipient> recipients = new ArrayList<>();
        boolean anyRecipient = false;
        for (Map<String, String> block : blocks.subList(Math.min(1, blocks.size()), blocks.size())) {
            List<String> addresses = recipientAddresses(block);
            if (addresses.isEmpty()) {
                continue;
            }
            anyRecipient = true;
            String action = block.getOrDefault("action", "").toLowerCase(Locale.ROOT).trim();
            if (action.startsWith("delivered") || action.startsWith("relayed") || action.startsWith("expanded")) {
                continue;
            }
            String status = statusCode(block.get("status"));
            String diagnostic = oneLine(block.get("diagnostic-code"));
            if (status == null && diagnostic != null) {
                status = statusCode(diagnostic);
            }
            boolean permanent = !action.startsWith("delayed") && (status == null || !status.startsWith("4"));
            for (String address : addresses) {
                recipients.add(new FailedRecipient(address, status, diagnostic, permanent));
            }
        }
        if (anyRecipient && recipients.isEmpty()) {
            // Every recipient was delivered or relayed: a success notification, not a bounce.
            return null;
        }
        if (recipients.isEmpty()) {
            return fromText(content, "rfc3464", subject);
        }
        return new BounceReport("rfc3464", recipients, content.originalMessageId(), null);
    }

    /** Splits a message/delivery-status body into its per-message block and per-recipient blocks. */
    private static List<Map<String, String>> statusBlocks(String body) {
        List<Map<String, String>> blocks = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        String lastName = null;
        for (String line : body.replace("\r\n", "\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new LinkedHashMap<>();
                }
                lastName = null;
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && lastName != null) {
                current.put(lastName, current.get(lastName) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            lastName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            current.putIfAbsent(lastName, line.substring(colon + 1).strip());
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        // Some MTAs omit the blank line between the per-message and the first per-recipient block.
        if (blocks.size() == 1 && blocks.get(0).containsKey("final-recipient")) {
            blocks.add(0, Map.of());
        }
        return blocks;
    }

    /**
     * Returns the Internet mail addresses of one per-recipient block: the Final-Recipient, then the
     * Original-Recipient when it differs. The original one is the address the sender wrote, so it is
     * the one to suppress when a forward or an alias rewrote it.
     */
    private static List<String> recipientAddresses(Map<String, String> block) {
        List<String> addresses = new ArrayList<>();
        for (String field : List.of("final-recipient", "original-recipient")) {
            String address = typedAddress(block.get(field));
            if (address != null && !addresses.contains(address)) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    /**
     * Returns the address of an RFC 3464 recipient field such as {@code rfc822; bob@example.org}, or
     * null when the field is missing or has another address type, such as the X.400 names of old gateways.
     */
    private static String typedAddress(String value) {
        if (value == null) {
            return null;
        }
        int semicolon = value.indexOf(';');
        if (semicolon >= 0) {
            String type = value.substring(0, semicolon).strip().toLowerCase(Locale.ROOT);
            if (!type.equals("rfc822") && !type.equals("utf-8")) {
                return null;
            }
        }
        Matcher matcher = ADDRESS.matcher(value);
        return matcher.find() ? matcher.group().toLowerCase(Locale.ROOT) : null;
    }

    // ---- plain-text formats ----

    private BounceReport fromText(Content content, String format, String subject) {
        String text = content.text.toString().replace("\r\n", "\n");
        String report = PlainTextRecipients.reportPart(text);
        String lowerReport = report.toLowerCase(Locale.ROOT);
        String lowerSubject = subject.toLowerCase(Locale.ROOT);
        // A "Warning:" subject alone does not make a delay when the text or subject names a permanent failure.
        boolean permanentWording = PERMANENT_MARKERS.stream()
                .anyMatch(marker -> lowerReport.contains(marker) || lowerSubject.contains(marker));
        boolean delay = DELAY_MARKERS.stream().anyMatch(lowerReport::contains)
                || DELAY_SUBJECT.matcher(subject).find() && !lowerSubject.contains("failure") && !permanentWording;

        Set<String> excluded = new HashSet<>(content.originalSenders);
        excluded.addAll(content.headerAddresses);
        List<FailedRecipient> found = new PlainTextRecipients(report, excluded, content.senderDomain, delay).find();
        // Gmail and others state the remote server's reply once, apart from the recipient list.
        String reportStatus = statusCode(report);
        List<FailedRecipient> recipients = new ArrayList<>();
        for (FailedRecipient recipient : found) {
            if (recipient.status() == null && reportStatus != null) {
                recipients.add(new FailedRecipient(recipient.address(), reportStatus, recipient.diagnostic(),
                        reportStatus.startsWith("5")));
            } else {
                recipients.add(recipient);
            }
        }
        return new BounceReport(format, recipients, content.originalMessageId(), null);
    }

    /** Returns the enhanced status code in {@code text}, derived from a basic SMTP reply code when there is none. */
    static String statusCode(String text) {
        if (text == null) {
            return null;
        }
        Matcher enhanced = ENHANCED_STATUS.matcher(text);
        if (enhanced.find()) {
            return enhanced.group(1) + "." + enhanced.group(2) + "." + enhanced.group(3);
        }
        Matcher basic = SMTP_CODE.matcher(text + " ");
        if (basic.find()) {
            return basic.group(1) + ".0.0";
        }
        return null;
    }

    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return null;
        }
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    // ---- reading the MIME structure ----

    /** The parts of a notification that matter: its text, its status part and the original message's headers. */
    private static final class Content {
        final StringBuilder text = new StringBuilder();
        String deliveryStatus;
        final List<String> originalIds = new ArrayList<>();
        final List<String> textIds = new ArrayList<>();
        final List<String> originalSenders = new ArrayList<>();
        /** Addresses in the notification's own header, such as its sender and Postdesk's bounce address. */
        final List<String> headerAddresses = new ArrayList<>();
        /** Domain of the notification's From address in lower case, or null. */
        String senderDomain;
        String ownId;

        String originalMessageId() {
            if (!originalIds.isEmpty()) {
                return originalIds.get(0);
            }
            return textIds.stream().filter(id -> !id.equals(ownId)).findFirst().orElse(null);
        }
    }

    private Content read(MailContent raw) {
        Content content = new Content();
        try (InputStream in = raw.openSharedStream()) {
            MimeMessage message = new MimeMessage(session, in);
            String ownId = message.getHeader("Message-ID", null);
            content.ownId = ownId == null ? null : ownId.replaceAll("[<>\\s]", "");
            content.headerAddresses.addAll(addresses(message, NOTIFICATION_ADDRESS_HEADERS));
            List<String> from = addresses(message, List.of("From"));
            content.senderDomain = from.isEmpty() ? null : from.get(0).substring(from.get(0).indexOf('@') + 1);
            walk(message, content, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            // Keep what was read; a broken notification still counts by its headers and text.
        }
        Matcher ids = MESSAGE_ID_LINE.matcher(content.text);
        while (ids.find()) {
            content.textIds.add(ids.group(1));
        }
        return content;
    }

    private void walk(Part part, Content content, int depth) throws MessagingException, IOException {
        if (depth > 10) {
            return;
        }
        String type = baseType(part);
        if (type.startsWith("multipart/")) {
            Object body = part.getContent();
            if (body instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, content, depth + 1);
                }
            }
            return;
        }
        switch (type) {
            case "message/delivery-status", "message/global-delivery-status" -> {
                if (content.deliveryStatus == null) {
                    content.deliveryStatus = readText(part);
                }
            }
            case "message/rfc822", "message/global", "text/rfc822-headers", "text/rfc822-header",
                    "message/rfc822-headers" -> {
                MimeMessage wrapped = type.equals("message/rfc822") ? wrappedReport(part, content) : null;
                if (wrapped != null) {
                    walk(wrapped, content, depth + 1);
                } else {
                    readOriginal(part, content);
                }
            }
            case "text/plain" -> content.text.append(readText(part)).append('\n');
            case "text/html" -> {
                if (content.text.isEmpty()) {
                    content.text.append(readText(part).replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>", "\n")
                            .replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replace("&lt;", "<")
                            .replace("&gt;", ">").replace("&amp;", "&")).append('\n');
                }
            }
            default -> {
                // Attachments of other types carry nothing a bounce report needs.
            }
        }
    }

    /**
     * Returns the delivery status report that {@code part} contains when it comes before any text of
     * the notification, as some gateways forward a report wrapped as an attachment, or null.
     */
    private MimeMessage wrappedReport(Part part, Content content) throws MessagingException, IOException {
        if (!content.text.toString().isBlank() || content.deliveryStatus != null) {
            return null;
        }
        MimeMessage attached;
        try (InputStream in = part.getInputStream()) {
            attached = new MimeMessage(session, in);
        }
        String type = attached.getContentType();
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return lower.startsWith("multipart/report") && lower.contains("delivery-status") ? attached : null;
    }

    private void readOriginal(Part part, Content content) throws MessagingException, IOException {
        InternetHeaders headers;
        try (InputStream in = part.getInputStream()) {
            headers = new InternetHeaders(in);
        }
        String id = headers.getHeader("Message-ID", null);
        if (id != null) {
            String cleaned = id.replaceAll("[<>\\s]", "");
            if (cleaned.contains("@")) {
                content.originalIds.add(cleaned);
            }
        }
        for (String name : List.of("From", "Return-Path", "Sender")) {
            String value = headers.getHeader(name, ",");
            if (value != null) {
                Matcher matcher = ADDRESS.matcher(value);
                while (matcher.find()) {
                    content.originalSenders.add(matcher.group().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static List<String> addresses(Part part, List<String> headerNames) throws MessagingException {
        List<String> addresses = new ArrayList<>();
        for (String name : headerNames) {
            String[] values = part.getHeader(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                Matcher matcher = ADDRESS.matcher(value);
                while (matcher.find()) {
                    addresses.add(matcher.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return addresses;
    }

    private static String readText(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        return new String(bytes, charset(part));
    }

    private static Charset charset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(MimeUtility.javaCharset(name));
        } catch (MessagingException | RuntimeException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    private static String baseType(Part part) {
        try {
            String type = part.getContentType();
            return type == null ? "text/plain" : new ContentType(type).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "text/plain";
        }
    }
}
