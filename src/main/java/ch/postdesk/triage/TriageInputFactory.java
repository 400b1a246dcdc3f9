package ch.postdesk.triage;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.directory.WeeklyHours;
import ch.postdesk.inbound.InboundProperties;
import ch.postdesk.parsing.MailAddress;
import ch.postdesk.parsing.ParsedMail;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Builds the {@link TriageInput} of a mail from its parsed form, its customer and the directory. */
@Component
public class TriageInputFactory {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;\"]+@[^\\s<>,;\"]+");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm",
            Locale.ENGLISH);

    private final DirectoryService directory;
    private final InboundProperties inbound;
    private final LanguageDetector languageDetector = new LanguageDetector();

    public TriageInputFactory(DirectoryService directory, InboundProperties inbound) {
        this.directory = directory;
        this.inbound = inbound;
    }

    public TriageInput build(ParsedMail parsed, String mailbox, Customer customer, boolean newTicket,
            Instant receivedAt) {
        Directory current = directory.current();
        WeeklyHours hours = current.businessHours(customer);
        String localTime = LOCAL_TIME.format(receivedAt.atZone(hours.zone())) + " " + hours.zone().getId();
        boolean hasAttachment = parsed.attachments().stream().anyMatch(attachment -> !attachment.inline());
        return new TriageInput(mailbox, recipients(parsed, mailbox), parsed.fromAddress(),
                customer == null ? null : customer.key(), customer == null ? null : customer.tier(),
                parsed.subject(), parsed.text(), parsed.headers(), hasAttachment,
                languageDetector.detect(parsed.subject() + "\n" + parsed.text()), newTicket, receivedAt,
                hours.contains(receivedAt), localTime);
    }

    private List<String> recipients(ParsedMail parsed, String mailbox) {
        Set<String> recipients = new LinkedHashSet<>();
        if (mailbox != null) {
            inbound.mailbox(mailbox).ifPresent(m -> recipients.add(Directory.normalize(m.address())));
        }
        parsed.to().stream().map(MailAddress::address).filter(a -> a != null).forEach(recipients::add);
        parsed.cc().stream().map(MailAddress::address).filter(a -> a != null).forEach(recipients::add);
        for (String header : List.of("Delivered-To", "X-Original-To")) {
            for (String value : parsed.headers(header)) {
                Matcher matcher = ADDRESS.matcher(value);
                while (matcher.find()) {
                    recipients.add(matcher.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(recipients);
    }
}
