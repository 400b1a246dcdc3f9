package ch.postdesk.safety;

/**
 * The class of one inbound mail and why it was chosen.
 *
 * @param mailClass the class
 * @param reason the signal that decided, such as {@code Auto-Submitted: auto-replied}
 * @param bounce what the delivery status notification reports; null unless the class is {@link MailClass#BOUNCE}
 */
public record Classification(MailClass mailClass, String reason, BounceReport bounce) {

    public static Classification of(MailClass mailClass, String reason) {
        return new Classification(mailClass, reason, null);
    }

    public boolean human() {
        return mailClass == MailClass.HUMAN;
    }

    /** Returns whether Postdesk may send automatic mail, such as an acknowledgement, in response to this mail. */
    public boolean allowsAutomaticResponse() {
        return mailClass == MailClass.HUMAN;
    }
}
