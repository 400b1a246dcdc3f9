package ch.postdesk.routing;

/**
 * A staff mail about an existing ticket, which the store step keeps as an internal note; found by
 * {@code ch.postdesk.command.StaffMailStage}.
 *
 * @param ticketId the ticket the mail is about
 * @param recipient the address a genuine reply token in the mail was issued to, such as a team queue; null without one
 * @param sender the From address of the reply
 * @param senderIsStaff whether the sender is in the directory (agent, team queue, on-call, account manager, lead)
 * @param verified whether the sender is proven by a reply token or a trusted DKIM or DMARC pass
 */
public record TeamReply(Long ticketId, String ticketNumber, String recipient, String sender, boolean senderIsStaff,
        boolean verified) {
}
