package ch.postdesk.inbound;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.springframework.stereotype.Component;

/**
 * First stage of the inbound pipeline: keeps the mail in an exchange property, where the error
 * handler finds it, and deletes its spool files when the exchange completes, whether it was
 * stored, quarantined or left for the next attempt.
 */
@Component("inboundLifecycle")
public class InboundLifecycle {

    /** Exchange property that contains the {@link InboundMail}. */
    public static final String MAIL_PROPERTY = "PostdeskInboundMail";

    public void begin(Exchange exchange) {
        InboundMail mail = exchange.getMessage().getBody(InboundMail.class);
        exchange.setProperty(MAIL_PROPERTY, mail);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                mail.close();
            }
        });
    }
}
