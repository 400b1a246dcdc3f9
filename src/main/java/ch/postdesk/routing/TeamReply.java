package ch.postdesk.routing;

/**
 * A mail that answers a tokenised reply address, found by {@link TeamReplyStage}.
 *
 * @param ticketId the ticket the token names
 * @param recipient the address the original mail went to, such as a team queue
 * @param sender the From address of the reply
 * @param senderIsStaff whether the sender is in the directory (agent, team queue, on-call, account manager, lead)
 */
public record TeamReply(Long ticketId, String ticketNumber, String recipient, String sender, boolean senderIsStaff) {
}
