package ch.postdesk.ticket;

import ch.postdesk.sla.SlaClockService;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
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

    public TicketQueries(TicketRepository tickets, ArticleRepository articles, AttachmentRepository attachments,
            HistoryEventRepository history, SlaClockService sla, Clock clock) {
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

    /** Returns the raw message of an article of the given ticket. */
    public Optional<byte[]> rawMessage(String number, long articleId) {
        return articleOf(number, articleId)
                .map(Article::getRawMessage)
                .map(RawMessage::getContent);
    }

    public Optional<Attachment> attachment(String number, long attachmentId) {
        return attachments.findById(attachmentId)
                .filter(a -> a.getArticle().getTicket().getNumber().equalsIgnoreCase(number))
                .map(a -> {
                    a.getContent();
                    return a;
                });
    }

    private Optional<Article> articleOf(String number, long articleId) {
        return articles.findById(articleId)
                .filter(a -> a.getTicket().getNumber().equalsIgnoreCase(number));
    }

    private TicketView view(Ticket ticket) {
        List<TicketView.ArticleView> articleViews = articles.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())
                .stream()
                .map(a -> new TicketView.ArticleView(a.getId(), a.getDirection().name().toLowerCase(Locale.ROOT),
                        a.getFromAddress(), a.getToAddresses(), a.getCcAddresses(), a.getSubject(), a.getMessageId(),
                        a.getTextBody(), a.getVisibleText(), a.isInternal(), a.isAutomatic(),
                        a.getParseWarnings() == null ? List.of() : Arrays.asList(a.getParseWarnings().split("\n")),
                        a.getCreatedAt(),
                        attachments.findByArticleIdOrderById(a.getId()).stream()
                                .map(f -> new TicketView.AttachmentView(f.getId(), f.getFilename(),
                                        f.getContentType(), f.getSize(), f.getSha256(), f.isInline(),
                                        f.getContentId()))
                                .toList(),
                        a.isUnverified()))
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
