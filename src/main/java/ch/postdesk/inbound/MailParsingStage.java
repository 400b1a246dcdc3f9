package ch.postdesk.inbound;

import ch.postdesk.content.Spooling;
import ch.postdesk.parsing.MailParser;
import ch.postdesk.parsing.ParsedMail;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Pipeline stage that parses the raw bytes and puts the Message-ID into the logging context.
 * Input without any of the header fields that every mail has (From, Sender, To, Cc, Subject,
 * Date, Message-ID) is not a mail; it is rejected here and goes to quarantine instead of opening
 * a ticket full of binary text.
 */
@Component("mailParsing")
public class MailParsingStage {

    private static final List<String> MAIL_HEADERS =
            List.of("From", "Sender", "To", "Cc", "Subject", "Date", "Message-ID");

    private final MailParser parser;

    public MailParsingStage(Spooling spooling) {
        this.parser = new MailParser(spooling);
    }

    public void parse(InboundMail mail) {
        ParsedMail parsed = parser.parse(mail.raw(), mail.receivedAt());
        boolean looksLikeMail = MAIL_HEADERS.stream().anyMatch(name -> parsed.header(name).isPresent());
        if (!looksLikeMail) {
            throw new NotAMailException("no From, Sender, To, Cc, Subject, Date or Message-ID header found in "
                    + mail.raw().size() + " bytes; this is not an RFC 5322 message");
        }
        mail.setParsed(parsed);
        MDC.put(InboundLogContext.MESSAGE_ID, mail.messageId());
    }

    /** Raised for input that is not a mail message; the error handler quarantines it. */
    public static final class NotAMailException extends RuntimeException {

        NotAMailException(String message) {
            super(message);
        }
    }
}
