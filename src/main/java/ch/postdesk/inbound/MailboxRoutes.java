package ch.postdesk.inbound;

import ch.postdesk.outbox.OutboundProperties.Security;
import jakarta.mail.Message;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailBinding;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates one route per configured mailbox from the {@code imap-mailbox} route template in
 * {@code routes/inbound.yaml}. The IMAP endpoint is built here from typed settings and bound in
 * the registry, so that passwords never appear in an endpoint URI or a log line.
 */
@Component
public class MailboxRoutes implements CamelContextConfiguration {

    static final String TEMPLATE = "imap-mailbox";

    /** Bytes per IMAP FETCH command when a message is read. */
    static final int IMAP_FETCH_SIZE = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(MailboxRoutes.class);

    private final InboundProperties properties;

    public MailboxRoutes(InboundProperties properties) {
        this.properties = properties;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // Endpoints and routes are added once the YAML route template is loaded.
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (InboundProperties.Mailbox mailbox : properties.mailboxes()) {
            if (!mailbox.enabled()) {
                log.info("Mailbox {} is disabled", mailbox.id());
                continue;
            }
            try {
                String endpointName = "mailbox-" + mailbox.id();
                camelContext.getRegistry().bind(endpointName, endpoint(camelContext, mailbox));
                camelContext.addRouteFromTemplate(endpointName, TEMPLATE, Map.of("mailbox", mailbox.id()));
                log.info("Polling mailbox {} ({}) at {}:{} folder {} every {}", mailbox.id(), mailbox.address(),
                        mailbox.host(), mailbox.port(), mailbox.folder(), mailbox.pollDelay());
            } catch (Exception e) {
                throw new IllegalStateException("Route for mailbox " + mailbox.id() + " cannot be created: "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * A mail binding that copies no mail headers into Camel message headers. The pipeline reads
     * the raw message itself, and each header Camel copies costs IMAP round trips per message
     * (the header block and the envelope are fetched separately).
     */
    static final class RawMessageBinding extends MailBinding {

        RawMessageBinding(MailEndpoint endpoint) {
            // Same as the endpoint's own binding with mapMailMessage=false: the body stays the
            // jakarta.mail.Message, so that RawMailReader can copy its bytes.
            super(endpoint.getHeaderFilterStrategy(), endpoint.getContentTypeResolver(), false, false, false);
        }

        @Override
        protected Map<String, Object> extractHeadersFromMail(Message mailMessage, Exchange exchange) {
            return new HashMap<>();
        }
    }

    static MailEndpoint endpoint(CamelContext camelContext, InboundProperties.Mailbox mailbox) {
        String protocol = mailbox.security() == Security.TLS ? "imaps" : "imap";
        // A new endpoint per mailbox: the context's endpoint cache would hand two mailboxes on one
        // server the same instance, and the second mailbox's login would replace the first one's.
        MailEndpoint endpoint;
        try {
            endpoint = (MailEndpoint) camelContext.getComponent(protocol, MailComponent.class)
                    .createEndpoint(protocol + "://" + mailbox.host() + ":" + mailbox.port());
        } catch (Exception e) {
            throw new IllegalStateException("IMAP endpoint for mailbox " + mailbox.id() + " cannot be created", e);
        }

        var configuration = endpoint.getConfiguration();
        configuration.setUsername(mailbox.username());
        configuration.setPassword(mailbox.password());
        configuration.setFolderName(mailbox.folder());
        configuration.setMoveTo(mailbox.processedFolder());
        configuration.setPeek(true);
        configuration.setUnseen(true);
        configuration.setMapMailMessage(false);
        // Closing the folder after each poll expunges the messages that were moved (copied and
        // flagged deleted); the store connection stays open between polls.
        configuration.setCloseFolder(true);
        configuration.setDisconnect(false);
        configuration.setConnectionTimeout((int) mailbox.timeout().toMillis());

        Properties javaMail = new Properties();
        String prefix = "mail." + protocol + ".";
        javaMail.setProperty(prefix + "timeout", String.valueOf(mailbox.timeout().toMillis()));
        javaMail.setProperty(prefix + "connectiontimeout", String.valueOf(mailbox.timeout().toMillis()));
        javaMail.setProperty(prefix + "writetimeout", String.valueOf(mailbox.timeout().toMillis()));
        // Fetch in pieces of 1 MB instead of 16 KB: most mail comes in one command, and a large
        // message streams into RawMailReader's spool instead of arriving as one array.
        javaMail.setProperty(prefix + "partialfetch", "true");
        javaMail.setProperty(prefix + "fetchsize", String.valueOf(IMAP_FETCH_SIZE));
        if (mailbox.security() == Security.STARTTLS) {
            javaMail.setProperty(prefix + "starttls.enable", "true");
            javaMail.setProperty(prefix + "starttls.required", "true");
        }
        configuration.setAdditionalJavaMailProperties(javaMail);

        endpoint.setBinding(new RawMessageBinding(endpoint));
        endpoint.setMailUidGenerator(new PrefetchingUidGenerator());
        endpoint.setDelay(mailbox.pollDelay().toMillis());
        endpoint.setMaxMessagesPerPoll(mailbox.maxMessagesPerPoll());
        return endpoint;
    }
}
