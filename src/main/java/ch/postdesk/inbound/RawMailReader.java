package ch.postdesk.inbound;

import ch.postdesk.content.ContentSpool;
import ch.postdesk.content.Spooling;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Clock;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * First stage of the IMAP routes: copies the message exactly as the server returns it, so that
 * every later stage works on the original bytes. A large message goes straight into a spool file,
 * so it is never held in the heap as a whole.
 */
@Component("rawMailReader")
public class RawMailReader {

    /** Exchange header that the mailbox route sets to the mailbox id from configuration. */
    public static final String MAILBOX_HEADER = "PostdeskMailbox";

    private final Clock clock;
    private final Spooling spooling;

    public RawMailReader(Clock clock, Spooling spooling) {
        this.clock = clock;
        this.spooling = spooling;
    }

    public InboundMail read(Message message, @Header(MAILBOX_HEADER) String mailbox)
            throws MessagingException, IOException {
        InboundLogContext.start(mailbox);
        try (ContentSpool spool = new ContentSpool(spooling)) {
            message.writeTo(spool);
            return new InboundMail(mailbox, spool.finish(), clock.instant());
        }
    }
}
