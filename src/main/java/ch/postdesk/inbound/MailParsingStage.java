package ch.postdesk.inbound;

import ch.postdesk.parsing.MailParser;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/** Pipeline stage that parses the raw bytes and puts the Message-ID into the logging context. */
@Component("mailParsing")
public class MailParsingStage {

    private final MailParser parser = new MailParser();

    public void parse(InboundMail mail) {
        mail.setParsed(parser.parse(mail.raw(), mail.receivedAt()));
        MDC.put(InboundLogContext.MESSAGE_ID, mail.messageId());
    }
}
