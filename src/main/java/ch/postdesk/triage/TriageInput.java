package ch.postdesk.triage;

import ch.postdesk.parsing.ParsedMail.Header;
import java.time.Instant;
import java.util.List;

/**
 * What the triage rules look at for one mail. Built from the parsed mail, the directory and the
 * thread resolver; addresses and domains are lower case.
 *
 * @param mailbox id of the receiving mailbox, or null for mail posted to the API without one
 * @param recipients the mailbox address and every address in To, Cc, Delivered-To and X-Original-To
 * @param sender the From address, or null when it is invalid
 * @param customerKey the sender's customer, or null for an unknown sender
 * @param tier the customer's support tier, or null
 * @param body the visible text of the mail
 * @param language detected language code such as {@code de}, or null when undecided
 * @param newTicket true when the mail opens a ticket, false for a follow-up
 * @param receivedAt when the mail arrived
 * @param insideBusinessHours whether {@code receivedAt} is inside the customer's business hours
 * @param localTime {@code receivedAt} in the customer's time zone, for explanations
 */
public record TriageInput(
        String mailbox,
        List<String> recipients,
        String sender,
        String customerKey,
        String tier,
        String subject,
        String body,
        List<Header> headers,
        boolean hasAttachment,
        String language,
        boolean newTicket,
        Instant receivedAt,
        boolean insideBusinessHours,
        String localTime) {

    public TriageInput {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        headers = headers == null ? List.of() : List.copyOf(headers);
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }

    /** Returns the sender's domain, or null. */
    public String senderDomain() {
        if (sender == null) {
            return null;
        }
        int at = sender.lastIndexOf('@');
        return at < 0 ? null : sender.substring(at + 1);
    }
}
