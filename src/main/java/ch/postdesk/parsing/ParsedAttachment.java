package ch.postdesk.parsing;

/**
 * A decoded attachment or inline part.
 *
 * @param filename decoded filename, or a generated one such as {@code part-3.bin} when the mail names none
 * @param contentType MIME type in lower case without parameters, such as {@code image/png}
 * @param content decoded bytes
 * @param contentId Content-ID without angle brackets, or null
 * @param inline whether the part is shown inline (for example a {@code cid:} image in the HTML)
 * @param messageSubject for an attached message ({@code message/rfc822}), its decoded subject, else null
 * @param messageFrom for an attached message, its decoded sender as written in From, else null
 */
public record ParsedAttachment(String filename, String contentType, byte[] content, String contentId, boolean inline,
        String messageSubject, String messageFrom) {

    /** An attachment that is not a message. */
    public ParsedAttachment(String filename, String contentType, byte[] content, String contentId, boolean inline) {
        this(filename, contentType, content, contentId, inline, null, null);
    }

    public long size() {
        return content.length;
    }
}
