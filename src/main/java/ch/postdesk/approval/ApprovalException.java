package ch.postdesk.approval;

/** An approval request that cannot be sent, with a message for the API caller. */
public class ApprovalException extends RuntimeException {

    public ApprovalException(String message) {
        super(message);
    }
}
