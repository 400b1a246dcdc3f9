package ch.postdesk.quarantine;

import ch.postdesk.inbound.InboundMail;
import ch.postdesk.inbound.InboundOutcome;
import ch.postdesk.inbound.InboundResult;
import ch.postdesk.content.BlobStore;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores mail that failed in the inbound pipeline. Called by the inbound error handler: the mail
 * is kept raw with the stage and the error, the source message is then treated as processed, and
 * the mailbox keeps flowing. If this store fails too, the exception propagates and the IMAP
 * message stays unseen for the next poll.
 */
@Component("quarantine")
public class Quarantine {

    /** Exchange property that holds the {@link InboundMail} for the error handler. */
    public static final String INBOUND_MAIL_PROPERTY = "PostdeskInboundMail";

    private static final Logger log = LoggerFactory.getLogger(Quarantine.class);

    private final QuarantineRepository repository;
    private final Clock clock;
    private final BlobStore blobs;

    public Quarantine(QuarantineRepository repository, Clock clock, BlobStore blobs) {
        this.repository = repository;
        this.clock = clock;
        this.blobs = blobs;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public InboundResult store(Exchange exchange) {
        InboundMail mail = exchange.getProperty(INBOUND_MAIL_PROPERTY, InboundMail.class);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (mail == null) {
            throw new IllegalStateException("Inbound mail failed before its raw bytes were read", cause);
        }
        String stage = mail.parsed() == null ? "parse" : "store";
        String error = describe(cause);
        QuarantinedMail saved = repository.saveAndFlush(new QuarantinedMail(mail.mailbox(), mail.messageId(),
                mail.raw(), stage, error, clock.instant()));
        saved.writeContent(blobs);
        log.error("Quarantined mail <{}> from mailbox {} as #{} at stage {}: {}", mail.messageId(), mail.mailbox(),
                saved.getId(), stage, error);
        log.debug("Stack trace of quarantine entry #{}", saved.getId(), cause);
        InboundResult result = new InboundResult(InboundOutcome.QUARANTINED, null,
                "quarantine #" + saved.getId() + ": " + error);
        mail.setResult(result);
        return result;
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown error";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        if (root != cause) {
            message += " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return message.length() > 4000 ? message.substring(0, 4000) : message;
    }
}
