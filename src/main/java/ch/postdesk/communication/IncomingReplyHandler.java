package ch.postdesk.communication;

import ch.postdesk.approval.ApprovalService;
import ch.postdesk.notify.OwnAddresses;
import ch.postdesk.parsing.ParsedMail;
import ch.postdesk.survey.SurveyService;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the customer communication rules to a customer's mail to an existing ticket, called by
 * the inbound store in its transaction. The rules apply in this order. An approval keyword decides
 * the approval request. A number on the first line rates the open survey. A reply to a resolved or
 * closed ticket reopens it within the reopen period, and opens a new linked ticket after it. A
 * reply to a ticket that waits for the customer sets it back to open. Automatic mail (any
 * {@code Auto-Submitted} other than {@code no}) and mail from Postdesk's own addresses change nothing.
 */
@Component
public class IncomingReplyHandler {

    private static final Logger log = LoggerFactory.getLogger(IncomingReplyHandler.class);

    private final ApprovalService approvals;
    private final SurveyService surveys;
    private final StatusChangeService statusChanges;
    private final TicketLinkRepository links;
    private final OwnAddresses ownAddresses;
    private final HistoryRecorder history;
    private final Clock clock;

    public IncomingReplyHandler(ApprovalService approvals, SurveyService surveys, StatusChangeService statusChanges,
            TicketLinkRepository links, OwnAddresses ownAddresses, HistoryRecorder history, Clock clock) {
        this.approvals = approvals;
        this.surveys = surveys;
        this.statusChanges = statusChanges;
        this.links = links;
        this.ownAddresses = ownAddresses;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Returns true when {@code parsed}, threaded to {@code ticket}, must open a new ticket instead:
     * the ticket is resolved or closed, its reopen period has ended, and the mail is a person's
     * message that is neither an approval decision nor a survey answer.
     */
    public boolean opensNewTicket(Ticket ticket, ParsedMail parsed, Instant now) {
        if (!isDone(ticket) || isAutomatic(parsed) || ownAddresses.contains(parsed.fromAddress())) {
            return false;
        }
        if (approvals.isDecisionReply(ticket, parsed.text()) || surveys.isRatingReply(ticket, parsed.text())) {
            return false;
        }
        return now.isAfter(statusChanges.reopenUntil(ticket));
    }

    /** Links the new ticket that a late reply opened to the resolved ticket it answered. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void linkFollowUp(Ticket previous, Ticket created, String sender) {
        links.save(new TicketLink(previous.getId(), created.getId(), TicketLink.FOLLOW_UP, clock.instant()));
        history.record(previous, "follow-up-ticket", sender, "reply after the reopen period opened "
                + created.getNumber());
        history.record(created, "follows-up", sender, "reply to " + previous.getNumber()
                + " after its reopen period");
        log.info("Reply to {} after its reopen period opened linked ticket {}", previous.getNumber(),
                created.getNumber());
    }

    /** Handles a customer's mail that was appended to {@code ticket}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void onAppended(Ticket ticket, Article article, ParsedMail parsed) {
        String sender = parsed.fromAddress();
        if (isAutomatic(parsed) || sender == null || ownAddresses.contains(sender)) {
            return;
        }
        if (approvals.decideByReply(ticket, article, parsed).isPresent()) {
            return;
        }
        if (surveys.rateByReply(ticket, article, sender)) {
            return;
        }
        if (isDone(ticket)) {
            statusChanges.change(ticket, TicketStatus.OPEN, sender, "customer replied within the reopen period", true);
        } else if (ticket.getStatus() == TicketStatus.WAITING_CUSTOMER) {
            statusChanges.change(ticket, TicketStatus.OPEN, sender, "customer answered", false);
        }
    }

    private static boolean isDone(Ticket ticket) {
        return ticket.getStatus() == TicketStatus.RESOLVED || ticket.getStatus() == TicketStatus.CLOSED;
    }

    private static boolean isAutomatic(ParsedMail parsed) {
        return parsed.header("Auto-Submitted")
                .map(value -> !value.strip().toLowerCase(Locale.ROOT).startsWith("no"))
                .orElse(false);
    }
}
