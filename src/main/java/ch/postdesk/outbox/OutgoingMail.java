package ch.postdesk.outbox;

import java.util.List;
import java.util.Map;

/**
 * A mail to send, before it gets its Message-ID and MIME form.
 *
 * @param kind what the mail is for, such as {@code acknowledgement}; shown in the outbox and history
 * @param autoSubmitted value of the {@code Auto-Submitted} header ({@code auto-replied},
 *     {@code auto-generated}), or null for mail written by a person
 * @param inReplyTo Message-ID the mail answers, without angle brackets, or null
 * @param references Message-IDs for the References header, oldest first
 * @param extraHeaders further header fields, in order
 */
public record OutgoingMail(
        String kind,
        List<String> to,
        List<String> cc,
        String fromAddress,
        String fromName,
        String replyTo,
        String subject,
        String text,
        String html,
        String language,
        String autoSubmitted,
        String inReplyTo,
        List<String> references,
        Map<String, String> extraHeaders,
        List<OutgoingAttachment> attachments) {

    public OutgoingMail {
        to = List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        references = references == null ? List.of() : List.copyOf(references);
        extraHeaders = extraHeaders == null ? Map.of() : extraHeaders;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * A file to attach.
     *
     * @param contentId Content-ID without angle brackets for an inline part that the HTML body shows
     *     as {@code cid:<contentId>}, or null for an ordinary attachment
     */
    public record OutgoingAttachment(String filename, String contentType, byte[] content, String contentId) {

        public OutgoingAttachment(String filename, String contentType, byte[] content) {
            this(filename, contentType, content, null);
        }
    }
}
