package ch.postdesk.inbound;

import ch.postdesk.threading.MessageIndexEntry;
import ch.postdesk.threading.MessageIndexRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Last pipeline stage: commits the mail through {@link TicketWriter}. When another instance or
 * mailbox stored the same Message-ID first, the unique index rejects this copy and it is recorded
 * as a duplicate instead.
 */
@Component("inboundStore")
public class InboundStore {

    private final TicketWriter writer;
    private final MessageIndexRepository messageIndex;

    public InboundStore(TicketWriter writer, MessageIndexRepository messageIndex) {
        this.writer = writer;
        this.messageIndex = messageIndex;
    }

    public InboundResult store(InboundMail mail) {
        InboundResult result;
        try {
            result = writer.write(mail);
        } catch (DataIntegrityViolationException e) {
            if (messageIndex.findByMessageIdHash(MessageIndexEntry.hash(mail.messageId())).isEmpty()) {
                throw e;
            }
            result = writer.recordDuplicate(mail);
        }
        mail.setResult(result);
        return result;
    }
}
