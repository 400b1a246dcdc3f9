package ch.postdesk.approval;

/** Result of an attempt to decide an approval request; the page and history show it. */
public enum ApprovalOutcome {
    RECORDED("recorded"),
    /** The token is malformed, wrongly signed, or names an unknown request. */
    INVALID("invalid"),
    EXPIRED("expired"),
    /** The request was already approved or declined; each request is decided once. */
    ALREADY_DECIDED("decided"),
    /** A newer request for the same ticket replaced this one. */
    SUPERSEDED("superseded"),
    /** The deciding address does not belong to the ticket's customer. */
    NOT_ALLOWED("not-allowed");

    private final String pageState;

    ApprovalOutcome(String pageState) {
        this.pageState = pageState;
    }

    /** The state name the confirmation page template switches on. */
    public String pageState() {
        return pageState;
    }
}
