package ch.postdesk.parsing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What Postdesk reads from one raw message. All text is decoded to Java strings; Message-IDs are
 * stored without angle brackets.
 *
 * @param messageId the Message-ID, or a stable one synthesised from a hash of the raw bytes
 * @param messageIdSynthesized whether {@code messageId} was synthesised because the mail had none
 * @param inReplyTo Message-IDs from In-Reply-To
 * @param references Message-IDs from References, oldest first
 * @param date the Date header, or the arrival time when it is missing or invalid
 * @param text plain text of the body, derived from the HTML when the mail has no text part
 * @param html the HTML body as sent, or null; sanitise it before display
 * @param attachments attachments and inline parts in the order of the MIME tree
 * @param headers all header fields in their original order, unfolded and decoded
 * @param warnings problems found while parsing that did not stop it
 * @param visibleText the new text of the body without quoted history and signature, see {@link VisibleText}
 * @param textDerivedFromHtml whether {@code text} was converted from the HTML because the mail has no text part
 */
public record ParsedMail(
        String messageId,
        boolean messageIdSynthesized,
        List<String> inReplyTo,
        List<String> references,
        String subject,
        MailAddress from,
        List<MailAddress> to,
        List<MailAddress> cc,
        List<MailAddress> replyTo,
        Instant date,
        String text,
        String html,
        List<ParsedAttachment> attachments,
        List<Header> headers,
        List<String> warnings,
        String visibleText,
        boolean textDerivedFromHtml) {

    /** Creates a parsed mail whose visible text is computed from {@code text}. */
    public ParsedMail(String messageId, boolean messageIdSynthesized, List<String> inReplyTo, List<String> references,
            String subject, MailAddress from, List<MailAddress> to, List<MailAddress> cc, List<MailAddress> replyTo,
            Instant date, String text, String html, List<ParsedAttachment> attachments, List<Header> headers,
            List<String> warnings) {
        this(messageId, messageIdSynthesized, inReplyTo, references, subject, from, to, cc, replyTo, date, text, html,
                attachments, headers, warnings, VisibleText.extract(text), false);
    }

    /** One header field. */
    public record Header(String name, String value) {
    }

    /** Returns the first value of the named header, compared case-insensitively. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    /** Returns every value of the named header in order. */
    public List<String> headers(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).toList();
    }

    /** Deletes the spool files of attachments that were too large to keep in memory. */
    public void releaseContent() {
        attachments.forEach(attachment -> attachment.data().close());
    }

    /** Returns the sender's address in lower case, or null when the From header holds no valid address. */
    public String fromAddress() {
        return from == null || from.address() == null ? null : from.address().toLowerCase(Locale.ROOT);
    }
}
