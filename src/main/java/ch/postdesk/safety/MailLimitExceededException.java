package ch.postdesk.safety;

/** A mail exceeds a structural limit (header count or size, MIME depth or part count) and is quarantined. */
public class MailLimitExceededException extends RuntimeException {

    public MailLimitExceededException(String message) {
        super(message);
    }
}
