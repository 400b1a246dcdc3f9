package ch.postdesk.command;

import java.util.Locale;

/**
 * The outcome of checking that a staff mail comes from the person it names.
 *
 * @param verified whether the sender is proven, by a reply token or a trusted DKIM or DMARC pass
 * @param source what decided
 * @param tokenState what the reply tokens among the recipients proved
 * @param tokenRecipient the address a verifying token was issued to, or null
 * @param detail one sentence for logs, history and the security event
 */
public record Authentication(boolean verified, DecisionSource source, TokenState tokenState, String tokenRecipient,
        String detail) {

    /** What a mail's reply tokens prove about its sender. */
    public enum TokenState {
        /** No recipient address carries a reply token. */
        NONE,
        /** A token issued for this ticket to the sender, or to the queue of a team the sender belongs to. */
        VALID,
        /** A genuine token issued to someone else: the sender is neither its recipient nor in the recipient's team. */
        OTHER_RECIPIENT,
        /** A genuine token for the sender, but issued for another ticket than the one the mail is about. */
        OTHER_TICKET,
        /** A token that verifies for nobody: tampered, issued with another key, or naming an unknown ticket. */
        INVALID;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What decided whether the sender is proven. */
    public enum DecisionSource {
        TOKEN, AUTHENTICATION_RESULTS, NONE;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
