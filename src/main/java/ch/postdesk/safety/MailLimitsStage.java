package ch.postdesk.safety;

import ch.postdesk.inbound.InboundLogContext;
import ch.postdesk.inbound.InboundMail;
import ch.postdesk.parsing.MailParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Pipeline stages around parsing that enforce {@code postdesk.safety.limits}. {@link #check}
 * runs first: it marks a mail over the maximum size as oversized and throws
 * {@link MailLimitExceededException} (which quarantines the mail) for a mail over a structural
 * limit. {@link #parseHeaders} stands in for the parser for oversized mail: it reads the header
 * block only and puts a note in place of the body.
 */
@Component("mailLimits")
public class MailLimitsStage {

    private static final Logger log = LoggerFactory.getLogger(MailLimitsStage.class);

    private final MailLimits limits;
    private final SafetyProperties properties;
    private final MailParser parser = new MailParser();

    public MailLimitsStage(SafetyProperties properties) {
        this.properties = properties;
        this.limits = new MailLimits(properties.limits());
    }

    public void check(InboundMail mail) {
        if (limits.oversized(mail.raw().size())) {
            mail.setOversized(true);
            log.warn("Mail of {} from mailbox {} exceeds the maximum message size of {}; only its header is read",
                    MailLimits.formatSize(mail.raw().size()), mail.mailbox(),
                    MailLimits.formatSize(properties.limits().maxMessageSize().toBytes()));
            return;
        }
        // Read before the structure check, so that the quarantine entry of a mail over a limit
        // carries its Message-ID although the mail is never parsed.
        mail.setHeaderMessageId(MailLimits.messageId(mail.raw().head(MailLimits.HEADER_SCAN_BYTES)));
        limits.checkStructure(mail.raw());
    }

    /** Parses the header of an oversized mail, with a note about the size as its only text. */
    public void parseHeaders(InboundMail mail) {
        mail.setParsed(parser.parse(headersWithNote(mail.raw().head(MailLimits.HEADER_SCAN_BYTES),
                note(mail.raw().size())), mail.receivedAt()));
        MDC.put(InboundLogContext.MESSAGE_ID, mail.messageId());
    }

    /** Returns the text that replaces the body of an oversized mail. */
    String note(long size) {
        return "This message (" + MailLimits.formatSize(size) + ") exceeds the maximum message size of "
                + MailLimits.formatSize(properties.limits().maxMessageSize().toBytes())
                + ". It is stored unchanged as the raw message of this article; its text and attachments were"
                + " not processed.";
    }

    /** Builds a small message from the original header, without its MIME fields, and a plain-text note. */
    static byte[] headersWithNote(byte[] raw, String note) {
        String header = new String(MailLimits.headerBlock(raw), StandardCharsets.ISO_8859_1);
        StringBuilder kept = new StringBuilder();
        boolean skipping = false;
        for (String line : header.split("\r?\n")) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (!continuation) {
                String name = line.contains(":") ? line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT) : "";
                skipping = name.startsWith("content-") || name.equals("mime-version");
            }
            if (!skipping && !line.isEmpty()) {
                kept.append(line).append("\r\n");
            }
        }
        kept.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: 8bit\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(kept.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(note.getBytes(StandardCharsets.UTF_8));
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
