package ch.postdesk.inbound;

import ch.postdesk.content.MailContent;
import java.time.Clock;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Entry point into the inbound pipeline for mail that does not come from an IMAP route: the
 * HTTP endpoint and quarantine replay. Both run exactly the route the mailboxes use.
 */
@Component
public class InboundGateway {

    /** Endpoint of the inbound pipeline route. */
    public static final String PIPELINE = "direct:inbound";

    private final ProducerTemplate producer;
    private final Clock clock;

    public InboundGateway(ProducerTemplate producer, Clock clock) {
        this.producer = producer;
        this.clock = clock;
    }

    /**
     * Runs {@code raw} through the pipeline. A failure that quarantines the mail returns the
     * quarantine outcome; a transient failure, such as the database being unreachable, is thrown.
     */
    public InboundResult process(byte[] raw, String mailbox) {
        return process(MailContent.of(raw), mailbox);
    }

    /**
     * Runs {@code raw} through the pipeline, as {@link #process(byte[], String)} does. The
     * pipeline closes the content when it is done with it.
     */
    public InboundResult process(MailContent raw, String mailbox) {
        InboundLogContext.start(mailbox);
        try {
            InboundMail mail = new InboundMail(mailbox, raw, clock.instant());
            return producer.requestBody(PIPELINE, mail, InboundResult.class);
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            InboundLogContext.clear();
        }
    }
}
