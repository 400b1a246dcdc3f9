package ch.postdesk.routing;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.directory.OnCallSchedule.OnCallTarget;
import ch.postdesk.outbox.OutboxService;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.triage.TriageActions.PageMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages the on-call address of a ticket's team, resolved from the team's follow-the-sun schedule
 * at the moment of the page, and records the page so that {@link PageEscalation} can escalate it
 * when nobody acknowledges. Acknowledging is any staff mail about the ticket whose sender is
 * verified (see {@code ch.postdesk.command.CommandAuthenticator}).
 */
@Component
public class OnCallPager {

    private static final Logger log = LoggerFactory.getLogger(OnCallPager.class);

    private final DirectoryService directory;
    private final OnCallPageRepository pages;
    private final OutboxService outbox;
    private final StaffMailComposer composer;
    private final HistoryRecorder history;
    private final Clock clock;

    public OnCallPager(DirectoryService directory, OnCallPageRepository pages, OutboxService outbox,
            StaffMailComposer composer, HistoryRecorder history, Clock clock) {
        this.directory = directory;
        this.pages = pages;
        this.outbox = outbox;
        this.composer = composer;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Pages the on-call of the ticket's team in the caller's transaction, unless {@code mode} is
     * {@link PageMode#OUTSIDE_TEAM_HOURS} and the team is within its business hours.
     *
     * @return the paged address, or empty when nobody was paged
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> page(Ticket ticket, PageMode mode) {
        Instant now = clock.instant();
        Directory current = directory.current();
        String team = ticket.getTeamKey();
        if (team == null) {
            history.record(ticket, "page-skipped", "triage", "the ticket has no team, so there is no on-call to page");
            log.warn("Ticket {} should page on-call but has no team", ticket.getNumber());
            return Optional.empty();
        }
        if (mode == PageMode.OUTSIDE_TEAM_HOURS
                && current.teamHours(team).map(hours -> hours.contains(now)).orElse(false)) {
            history.record(ticket, "page-skipped", "triage", "team " + team + " is within its business hours");
            return Optional.empty();
        }
        Optional<OnCallTarget> target = current.onCall(team).map(schedule -> schedule.at(now));
        if (target.isEmpty() || target.get().address() == null) {
            history.record(ticket, "page-skipped", "triage", "team " + team + " has no on-call address for " + now);
            log.warn("Ticket {} should page on-call of team {}, but the team has no on-call address for {}",
                    ticket.getNumber(), team, now);
            return Optional.empty();
        }
        String address = target.get().address();
        pages.save(new OnCallPage(ticket.getId(), team, target.get().window(), address, now));
        outbox.enqueue(ticket, composer.page(ticket, address), true);
        history.record(ticket, "on-call-paged", "triage", "paged " + address + " (team " + team + ", window "
                + target.get().window() + ")");
        log.info("Paged on-call {} of team {} (window {}) for ticket {}", address, team, target.get().window(),
                ticket.getNumber());
        return Optional.of(address);
    }

    /** Marks the ticket's open pages as acknowledged by {@code actor}, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void acknowledge(Ticket ticket, String actor) {
        int acknowledged = pages.acknowledge(ticket.getId(), actor, clock.instant());
        if (acknowledged > 0) {
            history.record(ticket, "page-acknowledged", actor, acknowledged + " open page(s) acknowledged");
            log.info("On-call page of ticket {} acknowledged by {}", ticket.getNumber(), actor);
        }
    }
}
