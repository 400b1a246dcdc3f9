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
import java.util.TreeMap;
import java.util.regex.MatchResult;
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
    /** A line that introduces the returned message, or its first header field where nothing introduces it. */
    private static final Pattern ORIGINAL_MARKER = Pattern.compile(
            "(?im)^.*(-{2,}.*(original message|copy of the message|returned message|message headers|rfc822)"
                    + "|below this line is a copy of the message|original message headers|^received: "
                    + "|original message follows?|returned mail follows|copy of your message|your message reads"
                    + "|unsent message below|^content-type:\\s*(?:message/rfc822|text/rfc822-headers)).*$");
    /**
     * A header field that the report quotes from the returned message, such as the {@code To:} line of
     * Exchange's "Your message ... did not reach the following recipient(s)".
     */
    private static final Pattern QUOTED_HEADER = Pattern.compile(
            "(?i)[\\s>]*(?:from|to|cc|bcc|sender|reply-to|return-path|message-id|in-reply-to|references|subject"
                    + "|date|received|delivered-to|errors-to|envelope-to|x-[a-z0-9-]+)[ \\t]*:");
    /**
     * An address that starts a line and ends it or is followed by a reason: punctuation, {@code ...},
     * {@code " - "}, an opening bracket or a column gap. A line of explanatory text such as
     * "bob@example.org fails, try ..." does not match.
     */
    private static final Pattern LINE_ADDRESS = Pattern.compile("(?m)^[ \\t]*\"?(" + ADDRESS.pattern() + ")\"?"
            + "(?=[ \\t]*$|[ \\t]*[:;,(<]|\\.\\.\\.|\\.[ \\t]*$|[ \\t]+-[ \\t]|[ \\t]{2,}\\S|\\t)");
    /**
     * A sentence that announces a list of recipients on the lines below it, such as Exchange's "did not
     * reach the following recipient(s):" or Exim's "The following address(es) failed:".
     */
    private static final Pattern LIST_HEADING = Pattern.compile(
            "(?i)\\b(?:following|these)\\s+(?:recipients?|recipient\\(s\\)|address(?:es|\\(es\\))?|e-?mail addresses"
                    + "|destinations?)\\b[^\\n]*(?:\\n|$)");
    /** An address that leads a line of a recipient list, after an optional bullet, quote or angle bracket. */
    private static final Pattern LISTED_ADDRESS = Pattern.compile(
            "^[ \\t]*(?:[*\\-\u2022][ \\t]*)?[\"'<]?(" + ADDRESS.pattern() + ")");
    /** An X.400 address whose domain-defined attribute (DDA) is an Internet address, as Exchange 5.5 writes it. */
    private static final Pattern X400_ADDRESS = Pattern.compile("(?i)(?:dda:smtp|rfc-?822)=(" + ADDRESS.pattern() + ")");
    /** Maximum number of lines read after a {@link #LIST_HEADING}, so that a list without an end stops. */
    private static final int MAX_LIST_LINES = 40;
    /**
     * A phrase that names a failed recipient right after it, on the same or the next line, such as
     * "Undeliverable Address: bob@example.org", "Invalid final delivery userid: bob@example.org",
     * "(Originally addressed to bob@example.org)" or a {@code Final-Recipient:} line in the text.
     */
    private static final Pattern NAMED_RECIPIENT = Pattern.compile(
            "(?i)(?:intended recipient|recipient address|original address|original-recipient|final-recipient"
                    + "|undeliverable (?:address|to)|invalid (?:final delivery )?(?:userid|user|recipient|address|mailbox)"
                    + "|error-for|addressed to|(?:could not|couldn't|cannot|can't|can not) be delivered to"
                    + "|not delivered to|unable to deliver (?:(?:the |your )?(?:message|mail) )?to"
                    + "|delivery failed[^:\\n]{0,40}:|local mailbox|(?:unknown|no such) (?:user|recipient|mailbox))"
                    + "[ \\t]*:?[ \\t]*(?:\\n[ \\t]*)?(?:rfc822[ \\t]*;[ \\t]*)?[\"'<]?(" + ADDRESS.pattern() + ")");
    /**
     * AOL's notice about recipients who refuse the sender's mail, which lists screen names without a
     * domain on indented lines below "Your mail to the following recipients could not be delivered
     * because ...".
     */
    private static final Pattern SCREEN_NAME_LIST = Pattern.compile(
            "(?i)your mail to the following recipients could not be delivered[^\\n]*\\n"
                    + "((?:[ \\t]+[a-z0-9._-]+[ \\t]*(?:\\n|$))+)");
    private static final Pattern BRACKETED_ADDRESS = Pattern.compile("<(" + ADDRESS.pattern() + ")>");

    private final String report;
    private final Collection<String> excluded;
    private final String senderDomain;
    private final boolean delay;
    private final Map<String, FailedRecipient> found = new LinkedHashMap<>();

    /**
     * @param report the notification's text before the returned message, see {@link #reportPart(String)}
     * @param excluded addresses in lower case that the looser patterns never take as a failed recipient,
     *     such as the notification's own sender and recipients and the returned message's sender
     * @param senderDomain domain of the notification's From address, which completes AOL's screen names, or null
     * @param delay whether the notification reports a delay, which makes recipients without a status temporary
     */
    PlainTextRecipients(String report, Collection<String> excluded, String senderDomain, boolean delay) {
        this.report = report;
        this.excluded = excluded;
        this.senderDomain = senderDomain;
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
            collectListedAddresses();
        }
        if (found.isEmpty()) {
            collectNamedRecipients();
        }
        if (found.isEmpty()) {
            collectScreenNames();
        }
        if (found.isEmpty()) {
            collectLooseAddresses();
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Takes the addresses listed under a {@link #LIST_HEADING}. The list is the paragraph after the
     * heading and every further paragraph that starts with an address, as Exim separates its entries
     * by blank lines. An address counts when it leads its line, or as the DDA of an X.400 address.
     */
    private void collectListedAddresses() {
        Matcher heading = LIST_HEADING.matcher(report);
        while (heading.find()) {
            int position = heading.end();
            boolean inParagraph = false;
            for (int line = 0; line < MAX_LIST_LINES && position < report.length(); line++) {
                int lineEnd = report.indexOf('\n', position);
                lineEnd = lineEnd < 0 ? report.length() : lineEnd;
                String text = report.substring(position, lineEnd);
                int lineStart = position;
                position = lineEnd + 1;
                if (text.isBlank()) {
                    inParagraph = false;
                    continue;
                }
                Matcher address = listedAddress(text);
                if (address == null && !inParagraph) {
                    // A paragraph that starts with prose ends the list.
                    break;
                }
                inParagraph = true;
                if (address != null) {
                    addCandidate(address.group(1), lineStart + address.start(1), lineStart + address.end());
                }
            }
        }
    }

    /** Returns a matcher whose group 1 is the address that {@code line} of a recipient list names, or null. */
    private static Matcher listedAddress(String line) {
        for (Pattern pattern : List.of(LISTED_ADDRESS, X400_ADDRESS)) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return matcher;
            }
        }
        return null;
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

    private void collectNamedRecipients() {
        Matcher matcher = NAMED_RECIPIENT.matcher(report);
        while (matcher.find()) {
            addCandidate(matcher.group(1), matcher.start(1), matcher.end());
        }
    }

    /**
     * Takes the screen names of a {@link #SCREEN_NAME_LIST} as addresses in the notification's sender domain.
     */
    private void collectScreenNames() {
        Matcher list = SCREEN_NAME_LIST.matcher(report);
        if (senderDomain == null || !list.find()) {
            return;
        }
        // NOTE: AOL sends these notices from aol.com, its users' domain. A notice with this wording from
        // another domain gets that domain, which is right only where the MTA serves its own users.
        for (String name : list.group(1).strip().split("\\s+")) {
            add(name + "@" + senderDomain, diagnosticAfter(report, list.start()));
        }
    }

    /**
     * Takes addresses in angle brackets or at the start of a line, as the MTAs without a fixed layout
     * write them, in the order they appear.
     */
    private void collectLooseAddresses() {
        Map<Integer, MatchResult> matches = new TreeMap<>();
        for (Pattern pattern : List.of(BRACKETED_ADDRESS, LINE_ADDRESS)) {
            Matcher matcher = pattern.matcher(report);
            while (matcher.find()) {
                matches.putIfAbsent(matcher.start(1), matcher.toMatchResult());
            }
        }
        matches.values().forEach(match -> addCandidate(match.group(1), match.start(1), match.end()));
    }

    /**
     * Adds an address that a looser pattern found, unless it is excluded, belongs to a mail system,
     * such as {@code postmaster}, or is in a header field that the report quotes.
     */
    private void addCandidate(String address, int start, int end) {
        String local = address.substring(0, address.indexOf('@'));
        if (excluded.contains(address.toLowerCase(Locale.ROOT)) || DAEMON_LOCAL_PART.matcher(local).matches()
                || inQuotedHeader(start)) {
            return;
        }
        add(address, diagnosticAfter(report, end));
    }

    private boolean inQuotedHeader(int position) {
        int lineStart = report.lastIndexOf('\n', position - 1) + 1;
        int lineEnd = report.indexOf('\n', position);
        String line = report.substring(lineStart, lineEnd < 0 ? report.length() : lineEnd);
        return QUOTED_HEADER.matcher(line).lookingAt();
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
