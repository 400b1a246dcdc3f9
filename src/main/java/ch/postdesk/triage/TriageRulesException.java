package ch.postdesk.triage;

/** Raised when the triage rules file is malformed or inconsistent; the message names the file, the rule and the fix. */
public class TriageRulesException extends RuntimeException {

    public TriageRulesException(String message) {
        super(message);
    }

    public TriageRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
