package ch.postdesk.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of the outbox route: claim due mail, load one message for the SMTP endpoint, and
 * record the result. A failed attempt is retried with exponential backoff up to
 * {@code postdesk.outbound.max-attempts}; then the mail is marked failed and logged.
 */
@Component("outboxDispatcher")
public class OutboxDispatcher {

    /** Exchange header with the id of the outbox row being sent. */
    public static final String OUTBOX_ID_HEADER = "PostdeskOutboxId";

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxRepository outbox;
    private final OutboundProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    public OutboxDispatcher(OutboxRepository outbox, OutboundProperties properties, TransactionTemplate transaction,
            Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Reserves up to {@code batch-size} due mails for this instance and returns their ids. */
    public List<Long> claimDue() {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            List<Long> ids = outbox.lockDue(now, properties.batchSize());
            if (!ids.isEmpty()) {
                outbox.lease(ids, now.plus(properties.lease()));
            }
            return ids;
        });
    }

    /** Returns the stored message of one outbox row, ready to be handed to the SMTP endpoint unchanged. */
    public MimeMessage load(@Header(OUTBOX_ID_HEADER) Long id) throws MessagingException {
        OutboxMessage message = transaction.execute(status -> {
            OutboxMessage row = outbox.findById(id).orElseThrow();
            row.getContent();
            return row;
        });
        StoredMessage mime = new StoredMessage(session, message.getContent());
        if (message.getEnvelopeFrom() != null && !message.getEnvelopeFrom().isBlank()) {
            mime.setEnvelopeFrom(message.getEnvelopeFrom());
        }
        return mime;
    }

    public void markSent(@Header(OUTBOX_ID_HEADER) Long id) {
        transaction.executeWithoutResult(status -> outbox.findById(id).ifPresent(row -> {
            row.markSent(clock.instant());
            log.info("Sent {} for ticket id {} to {} with Message-ID <{}>", row.getKind(), row.getTicketId(),
                    row.getRecipients(), row.getMessageId());
        }));
    }

    /** Records a failed attempt and schedules the next one; called by the route's error handler. */
    public void markFailed(@Header(OUTBOX_ID_HEADER) Long id, Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String error = cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        transaction.executeWithoutResult(status -> outbox.findById(id).ifPresent(row -> {
            int attempt = row.getAttempts() + 1;
            boolean giveUp = attempt >= properties.maxAttempts();
            Instant next = clock.instant().plus(backoff(attempt));
            row.markAttemptFailed(error, next, giveUp);
            if (giveUp) {
                log.error("Giving up on {} <{}> to {} after {} attempts: {}", row.getKind(), row.getMessageId(),
                        row.getRecipients(), attempt, error);
            } else {
                log.warn("Sending {} <{}> failed (attempt {} of {}), next attempt at {}: {}", row.getKind(),
                        row.getMessageId(), attempt, properties.maxAttempts(), next, error);
            }
        }));
    }

    Duration backoff(int attempt) {
        Duration delay = properties.initialBackoff();
        for (int i = 1; i < attempt && delay.compareTo(properties.maxBackoff()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : delay;
    }

    /**
     * A message read back from the outbox. {@code saveChanges()} does nothing, so the SMTP
     * endpoint sends exactly the stored bytes, Message-ID included.
     */
    static final class StoredMessage extends SMTPMessage {

        StoredMessage(Session session, byte[] content) throws MessagingException {
            super(session, new ByteArrayInputStream(content));
        }

        @Override
        public void saveChanges() {
            // Keep the stored bytes as they are.
        }
    }
}
