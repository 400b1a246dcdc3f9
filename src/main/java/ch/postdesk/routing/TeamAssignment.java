package ch.postdesk.routing;

import ch.postdesk.outbox.OutgoingMail;
import ch.postdesk.directory.DirectoryFile.Team;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.outbox.OutboxService;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.ArticleRepository;
import ch.postdesk.ticket.Attachment;
import ch.postdesk.ticket.AttachmentRepository;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns a ticket to a team and mails the team's queue the refined task. Moving a ticket from
 * one team to another also tells the previous team. Used by triage and by agents through the API.
 */
@Component
public class TeamAssignment {

    private static final Logger log = LoggerFactory.getLogger(TeamAssignment.class);

    private final DirectoryService directory;
    private final ArticleRepository articles;
    private final AttachmentRepository attachments;
    private final OutboxService outbox;
    private final StaffMailComposer composer;
    private final HistoryRecorder history;

    public TeamAssignment(DirectoryService directory, ArticleRepository articles, AttachmentRepository attachments,
            OutboxService outbox, StaffMailComposer composer, HistoryRecorder history) {
        this.directory = directory;
        this.articles = articles;
        this.attachments = attachments;
        this.outbox = outbox;
        this.composer = composer;
        this.history = history;
    }

    /**
     * Assigns {@code teamKey} and sends its queue the task, in the caller's transaction.
     *
     * @param previousTeam the team that had the task so far, or null when no team was told yet
     *     (a new ticket whose team came from a customer default counts as not told)
     * @param request the customer article the task is about, or null to use the ticket's first customer mail
     * @throws IllegalArgumentException when the team is not in the directory
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void assign(Ticket ticket, String previousTeam, String teamKey, String actor, Article request) {
        Team team = directory.current().team(teamKey).orElseThrow(() -> new IllegalArgumentException(
                "team '" + teamKey + "' is not in the directory; use one of "
                        + directory.current().teams().stream().map(Team::key).toList()));
        ticket.setTeamKey(team.key());
        if (previousTeam != null && !previousTeam.equals(team.key())) {
            directory.current().team(previousTeam).ifPresent(old -> {
                outbox.enqueue(ticket, composer.reassignedNotice(ticket, old, team, actor), true);
                history.record(ticket, "team-informed", actor, "told team " + old.key() + " at " + old.queueAddress()
                        + " that the ticket moved to team " + team.key());
            });
        }
        Article source = request != null ? request : firstCustomerArticle(ticket).orElse(null);
        List<Attachment> files = source == null ? List.of() : attachmentsOf(source);
        OutgoingMail task = composer.teamTask(ticket, team, source, files);
        outbox.enqueue(ticket, task, true);
        int attached = task.attachments().size();
        history.record(ticket, "team-assigned", actor, (previousTeam == null || previousTeam.equals(team.key())
                ? "" : "moved from team " + previousTeam + "; ") + "refined task with " + attached
                + " attachment(s)" + (files.size() > attached ? " and " + (files.size() - attached) + " linked" : "")
                + " sent to " + team.queueAddress());
        log.info("Sent refined task for ticket {} to team {} at {}", ticket.getNumber(), team.key(),
                team.queueAddress());
    }

    /** Returns the attachments of an article, also for one saved in the current transaction. */
    List<Attachment> attachmentsOf(Article article) {
        if (article.getId() == null || !article.getAttachments().isEmpty()) {
            return List.copyOf(article.getAttachments());
        }
        return attachments.findByArticleIdOrderById(article.getId());
    }

    /** Returns the ticket's first customer mail: the oldest inbound article that is not an internal note. */
    Optional<Article> firstCustomerArticle(Ticket ticket) {
        return articles.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId()).stream()
                .filter(article -> article.getDirection() == Article.Direction.INBOUND && !article.isInternal())
                .findFirst();
    }

    static boolean changed(String before, String after) {
        return after != null && !Objects.equals(before, after);
    }
}
