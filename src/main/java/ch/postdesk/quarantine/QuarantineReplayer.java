package ch.postdesk.quarantine;

import ch.postdesk.content.BlobStore;
import ch.postdesk.content.BlobStore.BlobTable;
import ch.postdesk.content.Spooling;
import ch.postdesk.inbound.InboundGateway;
import ch.postdesk.inbound.InboundResult;
import java.time.Clock;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs a quarantined mail through the inbound pipeline again, for example after a fix. */
@Component
public class QuarantineReplayer {

    private final QuarantineRepository repository;
    private final InboundGateway gateway;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final BlobStore blobs;
    private final Spooling spooling;

    public QuarantineReplayer(QuarantineRepository repository, InboundGateway gateway,
            TransactionTemplate transaction, Clock clock, BlobStore blobs, Spooling spooling) {
        this.blobs = blobs;
        this.spooling = spooling;
        this.repository = repository;
        this.gateway = gateway;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Replays one entry. The entry is marked replayed with the new outcome; a mail that fails
     * again is quarantined as a new entry, so that each failure keeps its own error.
     */
    public InboundResult replay(long id) {
        QuarantinedMail entry = transaction.execute(status -> {
            QuarantinedMail found = repository.findById(id)
                    .orElseThrow(() -> new NoSuchElementException("quarantine entry " + id + " not found"));
            return found;
        });
        InboundResult result = gateway.process(blobs.load(BlobTable.QUARANTINED_MAIL, id, spooling),
                entry.getMailbox());
        transaction.executeWithoutResult(status -> repository.findById(id).ifPresent(e ->
                e.markReplayed(clock.instant(), result.outcome().apiName()
                        + (result.ticket() == null ? "" : " " + result.ticket()))));
        return result;
    }
}
