package ch.postdesk.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GreenMail SMTP and IMAP server on loopback. Every mailbox can be read over IMAP with its
 * address as login and password; mail to an unknown address creates that mailbox, and mail to
 * {@code user+detail@domain} goes to {@code user@domain}.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final LowLatencyGreenMail greenMail;

    private EmbeddedMailServer(LowLatencyGreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts the server and creates a mailbox for each of {@code addresses}. */
    public static EmbeddedMailServer start(EmbeddedProperties.Mail settings, Collection<String> addresses) {
        ServerSetup smtp = new ServerSetup(settings.smtpPort(), settings.host(), ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(settings.imapPort(), settings.host(), ServerSetup.PROTOCOL_IMAP);
        LowLatencyGreenMail greenMail = new LowLatencyGreenMail(new ServerSetup[] {smtp, imap});
        greenMail.start();
        // Deliver user+detail@domain to user@domain, as most production mail servers do, so that
        // replies to Postdesk's plus-addressed Reply-To (support+<token>@...) reach the polled mailbox.
        greenMail.getUserManager().setSieveIgnoreDetail(true);
        for (String address : addresses) {
            greenMail.setUser(address, address, address);
        }
        EmbeddedMailServer server = new EmbeddedMailServer(greenMail);
        log.info("Embedded mail server started: SMTP {}:{}, IMAP {}:{}, {} mailboxes",
                settings.host(), server.smtpPort(), settings.host(), server.imapPort(), addresses.size());
        return server;
    }

    public int smtpPort() {
        return greenMail.port(ServerSetup.PROTOCOL_SMTP);
    }

    public int imapPort() {
        return greenMail.port(ServerSetup.PROTOCOL_IMAP);
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
