package ch.postdesk.inbound;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * First stage of the IMAP routes: copies the message exactly as the server returns it, so that
 * every later stage works on the original bytes.
 */
@Component("rawMailReader")
public class RawMailReader {

    /** Exchange header that the mailbox route sets to the mailbox id from configuration. */
    public static final String MAILBOX_HEADER = "PostdeskMailbox";

    private final Clock clock;

    public RawMailReader(Clock clock) {
        this.clock = clock;
    }

    public InboundMail read(Message message, @Header(MAILBOX_HEADER) String mailbox)
            throws MessagingException, IOException {
        InboundLogContext.start(mailbox);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        message.writeTo(out);
        return new InboundMail(mailbox, out.toByteArray(), clock.instant());
    }
}
