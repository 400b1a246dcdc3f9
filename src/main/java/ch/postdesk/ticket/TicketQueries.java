package ch.postdesk.ticket;

import ch.postdesk.content.BlobStore.BlobTable;
import ch.postdesk.sla.SlaClockService;
import java.time.Clock;
import ch.postdesk.parsing.HtmlSanitizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only ticket queries for the API. */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

    private final TicketRepository tickets;
    private final ArticleRepository articles;
    private final AttachmentRepository attachments;
    private final HistoryEventRepository history;
    private final SlaClockService sla;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    public TicketQueries(TicketRepository tickets, ArticleRepository articles, AttachmentRepository attachments,
            HistoryEventRepository history, SlaClockService sla, Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.articles = articles;
        this.attachments = attachments;
        this.history = history;
        this.sla = sla;
        this.clock = clock;
    }

    public List<TicketView.Summary> list(String customer, TicketStatus status, int limit) {
        return tickets.search(customer, status, PageRequest.of(0, limit)).stream()
                .map(t -> new TicketView.Summary(t.getNumber(), t.getSubject(), t.getStatus().apiName(),
                        t.getCustomerKey(), t.getTeamKey(), t.getPriority(), t.getType(), t.getCreatedAt(),
                        t.getUpdatedAt()))
                .toList();
    }

    public Optional<TicketView> find(String number) {
        return tickets.findByNumber(number.toUpperCase(Locale.ROOT)).map(this::view);
    }

    /** Location of an article's raw message: the table and row that contain it, and its size. */
    public record RawSource(BlobTable table, long id, long size) {
    }

    /**
     * Returns where the raw message of an article of the given ticket is: the message as it
     * arrived for inbound articles, the queued outgoing mail for outbound ones.
     */
    public Optional<RawSource> rawMessage(String number, long articleId) {
        Optional<Article> article = articleOf(number, articleId);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        RawMessage raw = article.get().getRawMessage();
        if (raw != null) {
            return Optional.of(new RawSource(BlobTable.RAW_MESSAGE, raw.getId(), raw.getSize()));
        }
        return jdbc.query("select id, length(content) size from outbox_message where article_id = ? order by id limit 1",
                (row, index) -> new RawSource(BlobTable.OUTBOX_MESSAGE, row.getLong("id"), row.getLong("size")),
                articleId).stream().findFirst();
    }

    public Optional<Attachment> attachment(String number, long attachmentId) {
        return attachments.findById(attachmentId)
                .filter(a -> a.getArticle().getTicket().getNumber().equalsIgnoreCase(number));
    }

    private Optional<Article> articleOf(String number, long articleId) {
        return articles.findById(articleId)
                .filter(a -> a.getTicket().getNumber().equalsIgnoreCase(number));
    }

    private TicketView.ArticleView articleView(Ticket ticket, Article article) {
        List<Attachment> files = attachments.findByArticleIdOrderById(article.getId());
        return new TicketView.ArticleView(article.getId(), article.getDirection().name().toLowerCase(Locale.ROOT),
                article.getFromAddress(), article.getToAddresses(), article.getCcAddresses(), article.getSubject(),
                article.getMessageId(), article.getTextBody(), article.getVisibleText(), article.isInternal(),
                article.isAutomatic(),
                article.getParseWarnings() == null ? List.of() : Arrays.asList(article.getParseWarnings().split("\n")),
                article.getCreatedAt(),
                files.stream()
                        .map(f -> new TicketView.AttachmentView(f.getId(), f.getFilename(), f.getContentType(),
                                f.getCharset(), f.getSize(), f.getSha256(), f.isInline(), f.getContentId()))
                        .toList(),
                article.isUnverified(),
                displayHtml(ticket, article, files));
    }

    /**
     * Returns the stored sanitised HTML with {@code cid:} references pointing to the attachment
     * download URL. The database keeps the {@code cid:} form because attachment ids exist only
     * after the insert and URLs depend on the ticket number; resolving here keeps one store step.
     */
    static String displayHtml(Ticket ticket, Article article, List<Attachment> files) {
        Map<String, Long> idsByContentId = new HashMap<>();
        Map<String, Long> idsByLowerContentId = new HashMap<>();
        for (Attachment file : files) {
            if (file.getContentId() != null) {
                idsByContentId.putIfAbsent(file.getContentId(), file.getId());
                idsByLowerContentId.putIfAbsent(file.getContentId().toLowerCase(Locale.ROOT), file.getId());
            }
        }
        return HtmlSanitizer.resolveContentIds(article.getHtmlBody(), contentId -> {
            Long id = idsByContentId.getOrDefault(contentId, idsByLowerContentId.get(contentId.toLowerCase(Locale.ROOT)));
            return id == null ? null : "/api/tickets/" + ticket.getNumber() + "/attachments/" + id;
        });
    }

    private TicketView view(Ticket ticket) {
        List<TicketView.ArticleView> articleViews = articles.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())
                .stream()
                .map(a -> articleView(ticket, a))
                .toList();
        List<TicketView.HistoryView> historyViews = history.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())
                .stream()
                .map(h -> new TicketView.HistoryView(h.getType(), h.getActor(), h.getDetail(), h.getCreatedAt()))
                .toList();
        return new TicketView(ticket.getNumber(), ticket.getSubject(), ticket.getStatus().apiName(),
                ticket.getCustomerKey(), ticket.getTeamKey(), ticket.getPriority(), ticket.getType(),
                ticket.getContactAddress(), ticket.getLanguage(), ticket.getCreatedAt(), ticket.getUpdatedAt(),
                articleViews, historyViews, ticket.getAssignee(), List.copyOf(ticket.getTags()),
                ticket.getDueAt(),
                sla.view(ticket, clock.instant()));
    }
}
