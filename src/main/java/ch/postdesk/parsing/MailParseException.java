package ch.postdesk.parsing;

/** Raised when a message cannot be parsed at all; the raw message then goes to quarantine. */
public class MailParseException extends RuntimeException {

    public MailParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
