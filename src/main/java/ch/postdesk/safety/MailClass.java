package ch.postdesk.safety;

import java.util.Locale;

/** What kind of sender produced an inbound mail; each class has its own handling. */
public enum MailClass {
    /** Written by a person: opens or continues a ticket. */
    HUMAN,
    /** Out-of-office, vacation and other automatic responses or notifications. */
    AUTO_REPLY,
    /** A delivery status notification about a message that could not be delivered. */
    BOUNCE,
    /** Mailing list or bulk mail. */
    LIST,
    /** Postdesk's own outgoing mail coming back. */
    OWN,
    /** Marked as spam by the upstream filter. */
    SPAM;

    /** Returns the name used in the API, logs and the database, such as {@code auto-reply}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
