package ch.postdesk.inbound;

import java.util.Locale;

/** What the inbound pipeline did with one mail. */
public enum InboundOutcome {
    /** A new ticket was opened with the mail as its first article. */
    CREATED,
    /** The mail was appended to an existing ticket. */
    APPENDED,
    /** The same Message-ID was already stored; the copy is recorded and nothing else happens. */
    DUPLICATE,
    /** The mail could not be processed and is stored raw for replay. */
    QUARANTINED,
    /** The mail was deliberately not turned into an article, for example Postdesk's own mail coming back. */
    IGNORED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
