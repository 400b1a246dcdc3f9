package ch.postdesk.parsing;

/**
 * A decoded attachment or inline part.
 *
 * @param filename decoded filename, or a generated one such as {@code part-3.bin} when the mail names none
 * @param contentType MIME type in lower case without parameters, such as {@code image/png}
 * @param content decoded bytes
 * @param contentId Content-ID without angle brackets, or null
 * @param inline whether the part is shown inline (for example a {@code cid:} image in the HTML)
 */
public record ParsedAttachment(String filename, String contentType, byte[] content, String contentId, boolean inline) {

    public long size() {
        return content.length;
    }
}
