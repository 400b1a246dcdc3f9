package ch.postdesk.safety;

import java.util.List;

/**
 * What a delivery status notification reports.
 *
 * @param format the recognised format, such as {@code rfc3464}, {@code postfix} or {@code exchange}
 * @param recipients the failed or delayed recipients; empty when the text names none
 * @param originalMessageId Message-ID of the message that failed, without angle brackets, or null
 * @param verpToken the token of Postdesk's VERP return path the notification was sent to, or null
 */
public record BounceReport(String format, List<FailedRecipient> recipients, String originalMessageId,
        String verpToken) {

    public BounceReport {
        recipients = List.copyOf(recipients);
    }

    /** Returns whether at least one recipient failed permanently, or the report gives no status but failed. */
    public boolean permanent() {
        return recipients.stream().anyMatch(FailedRecipient::permanent);
    }

    /**
     * One recipient of a delivery status notification.
     *
     * @param address the recipient in lower case
     * @param status the enhanced status code such as {@code 5.1.1}, or null when the report has none
     * @param diagnostic the remote server's explanation, shortened to one line, or null
     * @param permanent false for a delay or another temporary (4.x.x) failure
     */
    public record FailedRecipient(String address, String status, String diagnostic, boolean permanent) {
    }
}
