package ch.postdesk.threading;

import ch.postdesk.inbound.InboundMail;
import ch.postdesk.inbound.InboundMail.ThreadMatch;
import ch.postdesk.parsing.ParsedMail;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketProperties;
import ch.postdesk.ticket.TicketRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Pipeline stage that finds the ticket an inbound mail belongs to. Order: In-Reply-To, then
 * References from newest to oldest, matched against every Message-ID Postdesk received or sent;
 * then the subject tag. A tag naming an unknown ticket is ignored, so the mail opens a new ticket.
 * The lookup is read-only; the store step re-checks duplicates under a unique constraint.
 */
@Component("threadResolver")
public class ThreadResolver {

    private final MessageIndexRepository index;
    private final TicketRepository tickets;
    private final SubjectTag subjectTag;

    public ThreadResolver(MessageIndexRepository index, TicketRepository tickets, TicketProperties properties) {
        this.index = index;
        this.tickets = tickets;
        this.subjectTag = new SubjectTag(properties.numberPrefix());
    }

    public void resolve(InboundMail mail) {
        mail.setThread(match(mail.parsed()));
    }

    ThreadMatch match(ParsedMail parsed) {
        boolean duplicate = index.findByMessageIdHash(MessageIndexEntry.hash(parsed.messageId())).isPresent();

        Map<String, String> candidates = new LinkedHashMap<>();
        parsed.inReplyTo().forEach(id -> candidates.putIfAbsent(MessageIndexEntry.hash(id), "in-reply-to"));
        List<String> references = new ArrayList<>(parsed.references());
        java.util.Collections.reverse(references);
        references.forEach(id -> candidates.putIfAbsent(MessageIndexEntry.hash(id), "references"));
        candidates.remove(MessageIndexEntry.hash(parsed.messageId()));

        if (!candidates.isEmpty()) {
            Map<String, MessageIndexEntry> found = new java.util.HashMap<>();
            index.findByMessageIdHashIn(candidates.keySet()).forEach(e -> found.put(
                    MessageIndexEntry.hash(e.getMessageId()), e));
            for (Map.Entry<String, String> candidate : candidates.entrySet()) {
                MessageIndexEntry entry = found.get(candidate.getKey());
                if (entry != null) {
                    return new ThreadMatch(entry.getTicketId(), candidate.getValue(), duplicate);
                }
            }
        }

        Optional<Ticket> tagged = subjectTag.find(parsed.subject()).flatMap(tickets::findByNumber);
        if (tagged.isPresent()) {
            return new ThreadMatch(tagged.get().getId(), "subject-tag", duplicate);
        }
        return new ThreadMatch(null, null, duplicate);
    }
}
