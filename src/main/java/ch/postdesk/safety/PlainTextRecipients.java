package ch.postdesk.safety;

import static ch.postdesk.safety.BounceParser.ADDRESS;
import static ch.postdesk.safety.BounceParser.DAEMON_LOCAL_PART;
import static ch.postdesk.safety.BounceParser.oneLine;
import static ch.postdesk.safety.BounceParser.statusCode;

import ch.postdesk.safety.BounceReport.FailedRecipient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the failed recipients in the human-readable text of a delivery status notification, for
 * MTAs that send no {@code message/delivery-status} part or one that names no Internet address.
 */
final class PlainTextRecipients {

    private static final Pattern POSTFIX_RECIPIENT = Pattern.compile("(?m)^<([^>\\s]+@[^>\\s]+)>(?: \\(expanded from <[^>]*>\\))?:\\s*(.*)$");
    private static final Pattern QMAIL_RECIPIENT = Pattern.compile("(?m)^<([^>\\s]+@[^>\\s]+)>:\\s*$");
    private static final Pattern GMAIL_RECIPIENT = Pattern.compile(
            "(?is)delivery to the following recipients? (?:failed permanently|failed|has been delayed):?\\s+((?:\\s*\\S+@\\S+\\s*)+)");
    private static final Pattern GMAIL_WASNT = Pattern.compile("(?i)(?:wasn't|was not|couldn't be) delivered to\\s+<?(\\S+@[^\\s>]+?)>?[\\s.,]");
    private static final Pattern EXCHANGE_LIST = Pattern.compile(
            "(?is)(?:the following recipient\\(s\\) could not be reached|delivery has failed to these recipients or groups|"
                    + "could not be delivered to the following recipients?|following addresses had permanent fatal errors|"
                    + "could not be delivered to one or more of its recipients\\.[^\\n]*\\n(?:[^\\n]*\\n)?)"
                    + ":?(.{0,1500})");
    private static final Pattern ORIGINAL_MARKER = Pattern.compile(
            "(?im)^.*(-{2,}.*(original message|copy of the message|returned message|message headers|rfc822)"
                    + "|below this line is a copy of the message|original message headers|^received: ).*$");

    private final String report;
    private final Collection<String> originalSenders;
    private final boolean delay;
    private final Map<String, FailedRecipient> found = new LinkedHashMap<>();

    /**
     * @param report the notification's text before the returned message, see {@link #reportPart(String)}
     * @param originalSenders the sender addresses of the returned message, in lower case
     * @param delay whether the notification reports a delay, which makes recipients without a status temporary
     */
    PlainTextRecipients(String report, Collection<String> originalSenders, boolean delay) {
        this.report = report;
        this.originalSenders = originalSenders;
        this.delay = delay;
    }

    /** Returns the part of {@code text} before the returned message, or all of it when no marker is found. */
    static String reportPart(String text) {
        Matcher original = ORIGINAL_MARKER.matcher(text);
        return original.find() && original.start() > 0 ? text.substring(0, original.start()) : text;
    }

    /** Returns the failed recipients in the order the report names them. */
    List<FailedRecipient> find() {
        collect(POSTFIX_RECIPIENT);
        collect(QMAIL_RECIPIENT);
        Matcher gmail = GMAIL_RECIPIENT.matcher(report);
        if (gmail.find()) {
            addAll(gmail.group(1), report.substring(gmail.end()));
        }
        Matcher wasnt = GMAIL_WASNT.matcher(report);
        while (wasnt.find()) {
            add(wasnt.group(1), diagnosticAfter(report, wasnt.end()));
        }
        Matcher list = EXCHANGE_LIST.matcher(report);
        if (found.isEmpty() && list.find()) {
            addAll(list.group(1), list.group(1));
        }
        if (found.isEmpty()) {
            collectLooseAddresses();
        }
        return new ArrayList<>(found.values());
    }

    private void collect(Pattern pattern) {
        Matcher matcher = pattern.matcher(report);
        while (matcher.find()) {
            String tail = matcher.groupCount() >= 2 && matcher.group(2) != null ? matcher.group(2) : "";
            add(matcher.group(1), tail + " " + diagnosticAfter(report, matcher.end()));
        }
    }

    private void addAll(String block, String context) {
        Matcher addresses = ADDRESS.matcher(block);
        while (addresses.find()) {
            add(addresses.group(), diagnosticNear(context, addresses.group()));
        }
    }

    /** Takes addresses on lines of their own or in angle brackets, as the MTAs without a fixed layout write them. */
    private void collectLooseAddresses() {
        Pattern bracketed = Pattern.compile("<(" + ADDRESS.pattern() + ")>|^\\s*\"?(" + ADDRESS.pattern() + ")\"?\\s*(?:[:.,;]|$|\\s)",
                Pattern.MULTILINE);
        Matcher matcher = bracketed.matcher(report);
        while (matcher.find()) {
            String address = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            String local = address.substring(0, address.indexOf('@'));
            if (DAEMON_LOCAL_PART.matcher(local).matches() || originalSenders.contains(address.toLowerCase(Locale.ROOT))) {
                continue;
            }
            add(address, diagnosticAfter(report, matcher.end()));
        }
    }

    private void add(String address, String diagnosticText) {
        String normalized = address.toLowerCase(Locale.ROOT).replaceAll("^[<\"']+|[>\"'.,;:]+$", "");
        if (normalized.indexOf('@') <= 0 || found.containsKey(normalized)) {
            return;
        }
        String diagnostic = oneLine(diagnosticText);
        String status = statusCode(diagnostic);
        boolean permanent = status != null ? status.startsWith("5") : !delay;
        found.put(normalized, new FailedRecipient(normalized, status, diagnostic, permanent));
    }

    private static String diagnosticAfter(String text, int from) {
        int end = Math.min(text.length(), from + 400);
        String tail = text.substring(from, end);
        int paragraph = tail.indexOf("\n\n\n");
        return paragraph > 0 ? tail.substring(0, paragraph) : tail;
    }

    private static String diagnosticNear(String text, String address) {
        int at = text.indexOf(address);
        return at < 0 ? text : diagnosticAfter(text, at + address.length());
    }
}
