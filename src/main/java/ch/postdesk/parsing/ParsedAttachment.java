package ch.postdesk.parsing;

import ch.postdesk.content.MailContent;

/**
 * A decoded attachment or inline part.
 *
 * @param filename decoded filename, or a generated one such as {@code part-3.bin} when the mail names none
 * @param contentType MIME type in lower case without parameters, such as {@code image/png}
 * @param data decoded bytes, in memory or in a spool file when large
 * @param contentId Content-ID without angle brackets, or null
 * @param inline whether the part is shown inline (for example a {@code cid:} image in the HTML)
 * @param messageSubject for an attached message ({@code message/rfc822}), its decoded subject, else null
 * @param messageFrom for an attached message, its decoded sender as written in From, else null
 * @param charset for a text part, the charset its Content-Type declares, else null
 */
public record ParsedAttachment(String filename, String contentType, MailContent data, String contentId, boolean inline,
        String messageSubject, String messageFrom, String charset) {

    /** An attached message ({@code message/rfc822}). */
    public ParsedAttachment(String filename, String contentType, MailContent data, String contentId, boolean inline,
            String messageSubject, String messageFrom) {
        this(filename, contentType, data, contentId, inline, messageSubject, messageFrom, null);
    }

    /** An attachment that is not a message. */
    public ParsedAttachment(String filename, String contentType, MailContent data, String contentId, boolean inline) {
        this(filename, contentType, data, contentId, inline, null, null, null);
    }

    /** An attachment that is not a message, from bytes in memory. */
    public ParsedAttachment(String filename, String contentType, byte[] content, String contentId, boolean inline) {
        this(filename, contentType, MailContent.of(content), contentId, inline, null, null, null);
    }

    /**
     * Returns the decoded bytes as one array, reading the spool file of a large attachment into
     * the heap.
     */
    public byte[] content() {
        return data.bytes();
    }

    public long size() {
        return data.size();
    }
}
