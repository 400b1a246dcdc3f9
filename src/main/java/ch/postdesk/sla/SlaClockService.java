package ch.postdesk.sla;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.ticket.HistoryRecorded;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, pauses, resumes and ends the SLA clocks of a ticket as its life cycle changes, in the
 * caller's transaction, and records each change in the ticket history ({@code sla-started},
 * {@code sla-paused}, {@code sla-resumed}, {@code sla-met}, {@code sla-stopped}).
 *
 * <p>First response and resolution start at creation. The first customer-visible answer meets the
 * first response and starts the next-update clock, which each further answer meets and restarts.
 * Waiting for the customer pauses every clock; leaving that state resumes them. Resolution meets
 * the resolution clock and stops the others; reopening resumes it.
 */
@Service
public class SlaClockService {

    private static final Logger log = LoggerFactory.getLogger(SlaClockService.class);

    /** History events after which the matching policy may differ: the priority or the customer (and so the tier) changed. */
    private static final Set<String> POLICY_INPUTS = Set.of("priority-changed", "customer-changed");
    private static final Set<TicketStatus> DONE = Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED,
            TicketStatus.SPAM);

    private final SlaClockRepository clocks;
    private final SlaPolicyService policies;
    private final DirectoryService directory;
    private final HistoryRecorder history;
    private final Clock clock;

    public SlaClockService(SlaClockRepository clocks, SlaPolicyService policies, DirectoryService directory,
            HistoryRecorder history, Clock clock) {
        this.clocks = clocks;
        this.policies = policies;
        this.directory = directory;
        this.history = history;
        this.clock = clock;
    }

    /** Starts the first-response and resolution clocks of a new ticket; spam and hand-offs get none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void onTicketCreated(Ticket ticket) {
        if (ticket.getStatus() == TicketStatus.SPAM || ticket.getStatus() == TicketStatus.WITH_ACCOUNT_MANAGER) {
            return;
        }
        Optional<SlaPolicy> policy = policyOf(ticket);
        if (policy.isEmpty()) {
            history.record(ticket, "sla-none", "sla", "no SLA policy matches tier " + tierOf(ticket)
                    + " and priority " + ticket.getPriority());
            return;
        }
        Instant now = ticket.getCreatedAt();
        start(ticket, policy.get(), SlaClock.Kind.FIRST_RESPONSE, now);
        start(ticket, policy.get(), SlaClock.Kind.RESOLUTION, now);
    }

    /**
     * Records a customer-visible answer by a person: meets the first response and meets and
     * restarts the next-update clock. Acknowledgements and other automatic mail must not call this.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCustomerVisibleAnswer(Ticket ticket, String actor) {
        List<SlaClock> existing = clocks.findByTicketIdOrderById(ticket.getId());
        if (existing.isEmpty() || DONE.contains(ticket.getStatus())) {
            return;
        }
        Instant now = clock.instant();
        SlaPolicy policy = policyNamed(existing.get(0).getPolicy()).orElse(null);
        if (policy == null) {
            return;
        }
        SlaCalendar calendar = calendar(ticket, policy);
        for (SlaClock slaClock : existing) {
            if (slaClock.getKind() == SlaClock.Kind.FIRST_RESPONSE && slaClock.isActive()) {
                finish(ticket, slaClock, calendar, policy, now, true, "answered by " + actor);
            } else if (slaClock.getKind() == SlaClock.Kind.NEXT_UPDATE && slaClock.isActive()) {
                finish(ticket, slaClock, calendar, policy, now, true, "answered by " + actor);
            }
        }
        if (policy.nextUpdate() != null) {
            start(ticket, policy, SlaClock.Kind.NEXT_UPDATE, now);
        }
    }

    /** Pauses, resumes or ends the clocks for a status change from {@code old} to {@code current}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void onStatusChanged(Ticket ticket, TicketStatus old, TicketStatus current) {
        List<SlaClock> existing = clocks.findByTicketIdOrderById(ticket.getId());
        if (existing.isEmpty() || old == current) {
            return;
        }
        SlaPolicy policy = policyNamed(existing.get(0).getPolicy()).orElse(null);
        if (policy == null) {
            return;
        }
        SlaCalendar calendar = calendar(ticket, policy);
        Instant now = clock.instant();
        if (DONE.contains(current)) {
            for (SlaClock slaClock : existing) {
                if (slaClock.isActive()) {
                    boolean met = slaClock.getKind() == SlaClock.Kind.RESOLUTION && current != TicketStatus.SPAM;
                    finish(ticket, slaClock, calendar, policy, now, met, "status " + current.apiName());
                }
            }
        } else if (DONE.contains(old)) {
            existing.stream().filter(c -> c.getKind() == SlaClock.Kind.RESOLUTION).findFirst().ifPresent(c -> {
                c.resume(calendar, policy.warningPercent(), now);
                history.record(ticket, "sla-resumed", "sla", describe(c, "reopened"));
            });
            if (policy.nextUpdate() != null) {
                start(ticket, policy, SlaClock.Kind.NEXT_UPDATE, now);
            }
            if (current == TicketStatus.WAITING_CUSTOMER) {
                pauseAll(ticket, existing, calendar, policy, now);
            }
        } else if (current == TicketStatus.WAITING_CUSTOMER) {
            pauseAll(ticket, existing, calendar, policy, now);
        } else if (old == TicketStatus.WAITING_CUSTOMER) {
            for (SlaClock slaClock : existing) {
                if (slaClock.getState() == SlaClock.State.PAUSED) {
                    slaClock.resume(calendar, policy.warningPercent(), now);
                    history.record(ticket, "sla-resumed", "sla", describe(slaClock, "status " + current.apiName()));
                }
            }
        }
    }

    /** Moves the clocks to another policy when a command changes the ticket's priority or customer. */
    @EventListener
    public void onHistoryRecorded(HistoryRecorded event) {
        if (POLICY_INPUTS.contains(event.type())) {
            onPolicyInputsChanged(event.ticket());
        }
    }

    /**
     * Moves the clocks to the policy that now matches the ticket, after its priority or customer
     * changed. Time already counted stays and the new targets apply to it. A clock kind that the
     * new policy does not set is stopped. When no policy matches any more, the clocks keep theirs.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPolicyInputsChanged(Ticket ticket) {
        List<SlaClock> existing = clocks.findByTicketIdOrderById(ticket.getId());
        if (existing.isEmpty() || DONE.contains(ticket.getStatus())) {
            return;
        }
        String currentName = existing.get(0).getPolicy();
        SlaPolicy next = policyOf(ticket).orElse(null);
        if (next == null || next.name().equals(currentName)) {
            return;
        }
        SlaPolicy current = policyNamed(currentName).orElse(next);
        SlaCalendar oldCalendar = calendar(ticket, current);
        SlaCalendar newCalendar = calendar(ticket, next);
        Instant now = clock.instant();
        String reason = "policy " + currentName + " -> " + next.name() + " (priority " + ticket.getPriority() + ")";
        for (SlaClock slaClock : existing) {
            Optional<Duration> target = next.target(slaClock.getKind());
            if (!slaClock.isActive()) {
                slaClock.relabel(next);
            } else if (target.isEmpty()) {
                finish(ticket, slaClock, oldCalendar, current, now, false, reason + " sets no target");
                slaClock.relabel(next);
            } else {
                slaClock.retarget(next, target.get(), oldCalendar, newCalendar, now);
                history.record(ticket, "sla-policy-changed", "sla", describe(slaClock, reason));
            }
        }
        log.info("Ticket {}: SLA clocks moved to {}", ticket.getNumber(), reason);
    }

    /** Returns the SLA state of a ticket at {@code now}. */
    @Transactional(readOnly = true)
    public SlaView view(Ticket ticket, Instant now) {
        return view(ticket, clocks.findByTicketIdOrderById(ticket.getId()), now);
    }

    /** Returns the SLA state of a ticket from clocks loaded by the caller. */
    public SlaView view(Ticket ticket, List<SlaClock> ticketClocks, Instant now) {
        if (ticketClocks.isEmpty()) {
            return SlaView.NONE;
        }
        Optional<SlaPolicy> policy = policyNamed(ticketClocks.get(0).getPolicy());
        List<SlaView.ClockView> views = new ArrayList<>();
        boolean breached = false;
        boolean atRisk = false;
        Instant nextDue = null;
        for (SlaClock slaClock : ticketClocks) {
            Duration elapsed = policy.map(p -> slaClock.timer(calendar(ticket, p), p.warningPercent()).elapsed(now))
                    .orElse(Duration.ofSeconds(slaClock.getElapsedSeconds()));
            breached |= slaClock.getBreachedAt() != null;
            atRisk |= slaClock.isActive() && slaClock.getWarnedAt() != null;
            if (slaClock.getState() == SlaClock.State.RUNNING && slaClock.getDueAt() != null
                    && (nextDue == null || slaClock.getDueAt().isBefore(nextDue))) {
                nextDue = slaClock.getDueAt();
            }
            views.add(new SlaView.ClockView(slaClock.getKind().apiName(), slaClock.getState().apiName(),
                    slaClock.getStartedAt(), slaClock.getDueAt(), slaClock.getWarnAt(), elapsed.toMinutes(),
                    slaClock.target().toMinutes(), slaClock.getWarnedAt(), slaClock.getBreachedAt(),
                    slaClock.getMetAt()));
        }
        views.sort(Comparator.comparing(SlaView.ClockView::kind));
        String state = "ok";
        if (breached) {
            state = "breached";
        } else if (atRisk) {
            state = "at-risk";
        }
        return new SlaView(ticketClocks.get(0).getPolicy(), state, nextDue, views);
    }

    /** Returns the policy that applies to the ticket now, by its customer's tier and its priority. */
    public Optional<SlaPolicy> policyOf(Ticket ticket) {
        return policies.current().find(tierOf(ticket), ticket.getPriority());
    }

    public Optional<SlaPolicy> policyNamed(String name) {
        return policies.current().byName(name);
    }

    /** Returns the calendar of {@code policy} for the ticket: around the clock, or the customer's business hours. */
    public SlaCalendar calendar(Ticket ticket, SlaPolicy policy) {
        if (policy.aroundTheClock()) {
            return SlaCalendar.aroundTheClock();
        }
        Directory current = directory.current();
        Customer customer = current.customer(ticket.getCustomerKey()).orElse(null);
        return SlaCalendar.businessHours(current.businessHours(customer), policy.holidays());
    }

    private String tierOf(Ticket ticket) {
        return directory.current().customer(ticket.getCustomerKey()).map(Customer::tier).orElse(null);
    }

    private void start(Ticket ticket, SlaPolicy policy, SlaClock.Kind kind, Instant now) {
        Optional<Duration> target = policy.target(kind);
        if (target.isEmpty()) {
            return;
        }
        SlaClock slaClock = clocks.findByTicketIdAndKind(ticket.getId(), kind)
                .orElseGet(() -> new SlaClock(ticket.getId(), kind));
        slaClock.start(policy, target.get(), calendar(ticket, policy), now);
        clocks.save(slaClock);
        history.record(ticket, "sla-started", "sla", describe(slaClock, "policy " + policy.name()));
        log.debug("Ticket {}: SLA clock {} started, due {}", ticket.getNumber(), kind.apiName(), slaClock.getDueAt());
    }

    private void pauseAll(Ticket ticket, List<SlaClock> existing, SlaCalendar calendar, SlaPolicy policy,
            Instant now) {
        for (SlaClock slaClock : existing) {
            if (slaClock.getState() == SlaClock.State.RUNNING) {
                slaClock.pause(calendar, policy.warningPercent(), now);
                history.record(ticket, "sla-paused", "sla", slaClock.getKind().apiName()
                        + " paused while waiting for the customer; " + slaClock.getElapsedSeconds() / 60
                        + " of " + slaClock.target().toMinutes() + " min used");
            }
        }
    }

    private void finish(Ticket ticket, SlaClock slaClock, SlaCalendar calendar, SlaPolicy policy, Instant now,
            boolean met, String reason) {
        slaClock.finish(calendar, policy.warningPercent(), now, met);
        history.record(ticket, met ? "sla-met" : "sla-stopped", "sla", slaClock.getKind().apiName() + " "
                + (met ? "met" : "stopped") + " (" + reason + ") after " + slaClock.getElapsedSeconds() / 60 + " of "
                + slaClock.target().toMinutes() + " min" + (slaClock.getBreachedAt() == null ? "" : "; target was missed"));
    }

    private static String describe(SlaClock slaClock, String reason) {
        return slaClock.getKind().apiName() + " " + slaClock.getState().apiName() + " (" + reason + "); target "
                + slaClock.target().toMinutes() + " min, due " + slaClock.getDueAt();
    }
}
