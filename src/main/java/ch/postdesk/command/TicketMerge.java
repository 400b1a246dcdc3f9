package ch.postdesk.command;

import ch.postdesk.communication.StatusChangeService;
import ch.postdesk.communication.TicketLink;
import ch.postdesk.communication.TicketLinkRepository;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketStatus;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges one ticket into another: the source's articles and Message-IDs move to the target, so
 * that later replies to any of its messages thread into the target; the source keeps its history,
 * gets a {@code merged-into} link and is closed without mail to the customer.
 */
@Component
public class TicketMerge {

    /** Kind of the link from a merged ticket to the ticket it was merged into. */
    public static final String MERGED_INTO = "merged-into";

    private static final Logger log = LoggerFactory.getLogger(TicketMerge.class);

    private final EntityManager entityManager;
    private final TicketLinkRepository links;
    private final StatusChangeService statusChanges;
    private final HistoryRecorder history;
    private final Clock clock;

    public TicketMerge(EntityManager entityManager, TicketLinkRepository links, StatusChangeService statusChanges,
            HistoryRecorder history, Clock clock) {
        this.entityManager = entityManager;
        this.links = links;
        this.statusChanges = statusChanges;
        this.history = history;
        this.clock = clock;
    }

    /** Merges {@code source} into {@code target} in the caller's transaction and returns the number of moved articles. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int merge(Ticket source, Ticket target, String actor) {
        entityManager.flush();
        int articles = entityManager.createQuery("update Article a set a.ticket = :target where a.ticket = :source")
                .setParameter("target", target).setParameter("source", source).executeUpdate();
        entityManager.createQuery("update MessageIndexEntry m set m.ticketId = :target where m.ticketId = :source")
                .setParameter("target", target.getId()).setParameter("source", source.getId()).executeUpdate();
        links.save(new TicketLink(source.getId(), target.getId(), MERGED_INTO, clock.instant()));
        history.record(source, "merged-into", actor, "merged into " + target.getNumber() + "; " + articles
                + " article(s) moved");
        history.record(target, "merged-from", actor, target.getNumber() + " received " + articles
                + " article(s) of " + source.getNumber());
        target.touch(clock.instant());
        if (source.getStatus() != TicketStatus.CLOSED) {
            statusChanges.apply(source, TicketStatus.CLOSED, actor, "merged into " + target.getNumber());
        }
        log.info("Merged ticket {} into {} ({} articles) by {}", source.getNumber(), target.getNumber(), articles, actor);
        return articles;
    }
}
