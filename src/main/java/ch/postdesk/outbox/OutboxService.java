package ch.postdesk.outbox;

import ch.postdesk.notify.OwnAddresses;
import ch.postdesk.safety.AutomaticMailGuard;
import ch.postdesk.safety.VerpAddress;
import ch.postdesk.threading.MessageIndexEntry;
import ch.postdesk.threading.MessageIndexRepository;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.ArticleRepository;
import ch.postdesk.ticket.Ticket;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues outgoing mail in the caller's transaction: the rendered message goes to the outbox, a
 * copy is recorded as an outbound article of the ticket, and its Message-ID is indexed so that
 * answers thread back to the ticket. Sending happens later in the outbox route. Automatic mail
 * passes {@link AutomaticMailGuard} first, and every mail gets a VERP return path that names it.
 */
@Service
public class OutboxService {

    private final OutboxRepository outbox;
    private final ArticleRepository articles;
    private final MessageIndexRepository messageIndex;
    private final OutboundProperties properties;
    private final MimeMessageWriter writer;
    private final Clock clock;
    private final AutomaticMailGuard guard;
    private final OwnAddresses ownAddresses;
    private final VerpAddress verp;

    public OutboxService(OutboxRepository outbox, ArticleRepository articles, MessageIndexRepository messageIndex,
            OutboundProperties properties, Clock clock, AutomaticMailGuard guard, OwnAddresses ownAddresses) {
        this.outbox = outbox;
        this.articles = articles;
        this.messageIndex = messageIndex;
        this.properties = properties;
        this.writer = new MimeMessageWriter(properties.loopMarker());
        this.clock = clock;
        this.guard = guard;
        this.ownAddresses = ownAddresses;
        this.verp = new VerpAddress(properties.bounceAddress(), properties.messageIdDomain());
    }

    /**
     * Queues {@code mail} about {@code ticket} and returns the outbound article that records it.
     * Returns null when {@code mail} is automatic and the guard withholds it; the ticket history
     * then says why.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Article enqueue(Ticket ticket, OutgoingMail mail, boolean internal) {
        List<String> recipients = new ArrayList<>(mail.to());
        recipients.addAll(mail.cc());
        // Notifications that routing addresses to staff on purpose (team tasks, pages, alerts) are
        // not answers to a sender and are left to the staff's own mail rules; the guard covers
        // automatic mail to everyone else. Such mail still carries X-Loop and Postdesk's
        // Message-ID domain, so a copy that comes back is classified as Postdesk's own mail.
        List<String> external = recipients.stream().filter(r -> !ownAddresses.isStaff(r)).toList();
        if (mail.autoSubmitted() != null && !external.isEmpty() && !guard.permit(ticket, external, mail.kind(),
                "auto-replied".equals(mail.autoSubmitted()))) {
            return null;
        }
        Instant now = clock.instant();
        String messageId = newMessageId(ticket.getNumber());
        byte[] content = writer.write(mail, messageId, ticket.getNumber(), now);

        Article article = new Article(ticket, Article.Direction.OUTBOUND, messageId, now);
        article.setFromAddress(mail.fromName() == null ? mail.fromAddress()
                : mail.fromName() + " <" + mail.fromAddress() + ">");
        article.setToAddresses(String.join(", ", mail.to()));
        article.setCcAddresses(mail.cc().isEmpty() ? null : String.join(", ", mail.cc()));
        article.setSubject(mail.subject());
        article.setInReplyTo(mail.inReplyTo());
        article.setReferencesIds(String.join(" ", mail.references()));
        article.setSentAt(now);
        article.setTextBody(mail.text());
        article.setVisibleText(mail.text());
        article.setHtmlBody(mail.html());
        article.setInternal(internal);
        article.setAutomatic(mail.autoSubmitted() != null);
        articles.save(article);

        messageIndex.save(new MessageIndexEntry(messageId, ticket.getId(), article.getId(), "outbound", now));

        outbox.save(new OutboxMessage(ticket.getId(), article.getId(), mail.kind(), String.join(",", recipients),
                verp.envelopeSender(messageId), messageId, content, now));
        return article;
    }

    /**
     * Queues {@code mail} that belongs to no ticket, such as a customer-level survey. No article
     * is recorded and the Message-ID is not indexed, so an answer to it opens a new ticket.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMessage enqueueWithoutTicket(OutgoingMail mail) {
        Instant now = clock.instant();
        String messageId = newMessageId(mail.kind());
        byte[] content = writer.write(mail, messageId, null, now);
        List<String> recipients = new ArrayList<>(mail.to());
        recipients.addAll(mail.cc());
        return outbox.save(new OutboxMessage(null, null, mail.kind(), String.join(",", recipients),
                properties.bounceAddress(), messageId, content, now));
    }

    private String newMessageId(String ticketNumber) {
        String local = "pd." + ticketNumber.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID();
        return local + "@" + properties.messageIdDomain();
    }
}
