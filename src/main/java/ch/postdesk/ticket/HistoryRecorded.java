package ch.postdesk.ticket;

/**
 * Published synchronously, inside the caller's transaction, for every history event written by
 * {@link HistoryRecorder}, so that features can react to events that other features record.
 */
public record HistoryRecorded(Ticket ticket, String type, String actor, String detail) {
}
