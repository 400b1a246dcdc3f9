package ch.postdesk.ticket;

import java.time.Instant;
import java.util.List;

/**
 * The JSON form of a ticket in the API. Field names are a stable contract that other tools rely on.
 */
public record TicketView(
        String number,
        String subject,
        String status,
        String customer,
        String team,
        String priority,
        String type,
        String contact,
        String language,
        Instant createdAt,
        Instant updatedAt,
        List<ArticleView> articles,
        List<HistoryView> history,
        String assignee,
        List<String> tags,
        Instant dueAt,
        ch.postdesk.sla.SlaView sla) {

    /**
     * One article; {@code text} is the full decoded text, {@code visibleText} the new text only, and
     * {@code html} the sanitised HTML body (null for plain-text mail) with {@code cid:} images pointing
     * to their attachment download URLs.
     */
    public record ArticleView(
            Long id,
            String direction,
            String from,
            String to,
            String cc,
            String subject,
            String messageId,
            String text,
            String visibleText,
            boolean internal,
            boolean automatic,
            List<String> parseWarnings,
            Instant createdAt,
            List<AttachmentView> attachments,
            boolean unverified,
            String html) {
    }

    /** Attachment metadata; the content is at {@code /api/tickets/{number}/attachments/{id}}. */
    public record AttachmentView(Long id, String filename, String contentType, String charset, long size,
            String sha256, boolean inline, String contentId) {
    }

    /** One history event. */
    public record HistoryView(String type, String actor, String detail, Instant at) {
    }

    /** A ticket without articles and history, for listings. */
    public record Summary(String number, String subject, String status, String customer, String team,
            String priority, String type, Instant createdAt, Instant updatedAt) {
    }
}
