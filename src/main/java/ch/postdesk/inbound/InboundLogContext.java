package ch.postdesk.inbound;

import org.slf4j.MDC;

/** MDC keys that the inbound pipeline sets for every log line about one mail. */
public final class InboundLogContext {

    public static final String MAILBOX = "mailbox";
    public static final String MESSAGE_ID = "messageId";
    public static final String TICKET = "ticket";

    private InboundLogContext() {
    }

    public static void start(String mailbox) {
        clear();
        if (mailbox != null) {
            MDC.put(MAILBOX, mailbox);
        }
    }

    public static void clear() {
        MDC.remove(MAILBOX);
        MDC.remove(MESSAGE_ID);
        MDC.remove(TICKET);
    }
}
