package ch.postdesk.routing;

import ch.postdesk.directory.DirectoryService;
import ch.postdesk.outbox.OutboxService;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pages the support lead for every on-call page that nobody acknowledged within
 * {@code postdesk.routing.page-acknowledge-timeout}. Called by the {@code page-escalation} route
 * on a timer; each page is escalated at most once, also with several instances running.
 */
@Component("pageEscalation")
public class PageEscalation {

    private static final Logger log = LoggerFactory.getLogger(PageEscalation.class);

    private final OnCallPageRepository pages;
    private final TicketRepository tickets;
    private final DirectoryService directory;
    private final OutboxService outbox;
    private final StaffMailComposer composer;
    private final HistoryRecorder history;
    private final RoutingProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public PageEscalation(OnCallPageRepository pages, TicketRepository tickets, DirectoryService directory,
            OutboxService outbox, StaffMailComposer composer, HistoryRecorder history, RoutingProperties properties,
            TransactionTemplate transaction, Clock clock) {
        this.pages = pages;
        this.tickets = tickets;
        this.directory = directory;
        this.outbox = outbox;
        this.composer = composer;
        this.history = history;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Escalates every overdue page, each in its own transaction; returns how many were escalated. */
    public int escalateOverdue() {
        Instant now = clock.instant();
        int escalated = 0;
        for (OnCallPage page : pages.findOverdue(now.minus(properties.pageAcknowledgeTimeout()))) {
            if (Boolean.TRUE.equals(transaction.execute(status -> escalate(page.getId(), now)))) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalate(Long pageId, Instant now) {
        OnCallPage page = pages.findById(pageId).orElseThrow();
        Ticket ticket = tickets.findById(page.getTicketId()).orElseThrow();
        var lead = directory.current().supportLead();
        if (lead.isEmpty() || lead.get().address() == null) {
            if (pages.claimEscalation(pageId, "nobody", now) == 1) {
                history.record(ticket, "page-escalation-skipped", "escalation",
                        "no support lead in the directory; the page to " + page.getAddress() + " stays unacknowledged");
                log.warn("Page of ticket {} to {} is unacknowledged, but the directory has no support lead",
                        ticket.getNumber(), page.getAddress());
            }
            return false;
        }
        String address = lead.get().address();
        if (pages.claimEscalation(pageId, address, now) == 0) {
            return false;
        }
        outbox.enqueue(ticket, composer.escalation(ticket, address, page.getAddress(),
                properties.pageAcknowledgeTimeout()), true);
        history.record(ticket, "page-escalated", "escalation", "no acknowledgement from " + page.getAddress()
                + " within " + properties.pageAcknowledgeTimeout() + "; paged support lead " + address);
        log.info("Escalated unacknowledged page of ticket {} from {} to support lead {}", ticket.getNumber(),
                page.getAddress(), address);
        return true;
    }
}
