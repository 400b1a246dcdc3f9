package ch.postdesk.inbound;

/**
 * The outcome of processing one mail.
 *
 * @param ticket the ticket number the mail went to, or null
 * @param reason a short explanation for duplicates, quarantine and ignored mail, or null
 */
public record InboundResult(InboundOutcome outcome, String ticket, String reason) {
}
