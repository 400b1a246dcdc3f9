package ch.postdesk.sla;

import ch.postdesk.alert.AccountManagerAlert;
import ch.postdesk.alert.AccountManagerAlerts;
import ch.postdesk.communication.CustomerNotifier;
import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryFile.Team;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.directory.OnCallSchedule;
import ch.postdesk.notify.MailEvent;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled SLA check (routes/sla.yaml calls {@link #checkDue()}): records a warning when a
 * running clock passes its warning threshold and a breach when it passes its target, each once.
 * A warning mails the ticket's team queue, and for incidents under a 24x7 policy also the team's
 * on-call address. A breach mails the support lead and alerts the customer's account managers.
 * Each ticket is checked in its own transaction under its row lock, so concurrent instances
 * record and send each warning and breach once.
 */
@Component("slaMonitor")
public class SlaMonitor {

    private static final Logger log = LoggerFactory.getLogger(SlaMonitor.class);

    private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final SlaClockRepository clocks;
    private final SlaClockService service;
    private final TicketRepository tickets;
    private final DirectoryService directory;
    private final CustomerNotifier notifier;
    private final AccountManagerAlerts alerts;
    private final HistoryRecorder history;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public SlaMonitor(SlaClockRepository clocks, SlaClockService service, TicketRepository tickets,
            DirectoryService directory, CustomerNotifier notifier, AccountManagerAlerts alerts, HistoryRecorder history,
            TransactionTemplate transaction, Clock clock) {
        this.clocks = clocks;
        this.service = service;
        this.tickets = tickets;
        this.directory = directory;
        this.notifier = notifier;
        this.alerts = alerts;
        this.history = history;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Checks every ticket with a clock due for a warning or breach; returns the number of warnings and breaches recorded. */
    public int checkDue() {
        int recorded = 0;
        for (Long ticketId : clocks.ticketIdsDue(clock.instant())) {
            try {
                recorded += check(ticketId);
            } catch (RuntimeException e) {
                log.error("SLA check of ticket id {} failed; it is retried at the next run", ticketId, e);
            }
        }
        return recorded;
    }

    /** Checks one ticket by number; for tests and operators. */
    public int check(String ticketNumber) {
        Ticket ticket = tickets.findByNumber(ticketNumber).orElseThrow(() -> new IllegalArgumentException(
                "ticket " + ticketNumber + " not found"));
        return check(ticket.getId());
    }

    private int check(Long ticketId) {
        Integer recorded = transaction.execute(status -> {
            Ticket ticket = tickets.findByIdForUpdate(ticketId).orElseThrow();
            Instant now = clock.instant();
            int count = 0;
            for (SlaClock slaClock : clocks.findByTicketIdOrderById(ticketId)) {
                if (slaClock.getState() != SlaClock.State.RUNNING) {
                    continue;
                }
                Optional<SlaPolicy> policy = service.policyNamed(slaClock.getPolicy());
                if (policy.isEmpty()) {
                    log.warn("Ticket {}: SLA policy {} of clock {} is no longer configured; clock not checked",
                            ticket.getNumber(), slaClock.getPolicy(), slaClock.getKind().apiName());
                    continue;
                }
                SlaTimer timer = slaClock.timer(service.calendar(ticket, policy.get()), policy.get().warningPercent());
                if (slaClock.getBreachedAt() == null && timer.isBreached(now)) {
                    slaClock.breached(now);
                    if (slaClock.getWarnedAt() == null) {
                        // The warning moment passed unnoticed, for example during downtime, so only the breach is sent.
                        slaClock.warned(now);
                    }
                    breach(ticket, slaClock, policy.get());
                    count++;
                } else if (slaClock.getWarnedAt() == null && timer.isWarningReached(now)) {
                    slaClock.warned(now);
                    warn(ticket, slaClock, policy.get());
                    count++;
                }
            }
            return count;
        });
        return recorded == null ? 0 : recorded;
    }

    private void warn(Ticket ticket, SlaClock slaClock, SlaPolicy policy) {
        history.record(ticket, "sla-warning", "sla", slaClock.getKind().apiName() + " reached "
                + policy.warningPercent() + "% of its target; due " + slaClock.getDueAt());
        List<String> recipients = new ArrayList<>();
        Directory current = directory.current();
        current.team(ticket.getTeamKey()).map(Team::queueAddress).ifPresent(recipients::add);
        if (policy.aroundTheClock() && "incident".equals(ticket.getType())) {
            current.onCall(ticket.getTeamKey()).map(schedule -> schedule.at(clock.instant()))
                    .map(OnCallSchedule.OnCallTarget::address)
                    .ifPresent(recipients::add);
        }
        notifier.toStaff(ticket, MailEvent.SLA_ALERT, recipients, Map.of("sla", model(ticket, slaClock, policy,
                "warning")));
        log.info("Ticket {}: SLA {} warning sent to {}", ticket.getNumber(), slaClock.getKind().apiName(), recipients);
    }

    private void breach(Ticket ticket, SlaClock slaClock, SlaPolicy policy) {
        history.record(ticket, "sla-breached", "sla", slaClock.getKind().apiName() + " missed its target of "
                + slaClock.target().toMinutes() + " min; was due " + slaClock.getDueAt());
        List<String> recipients = new ArrayList<>();
        directory.current().supportLead().map(lead -> lead.address()).ifPresent(recipients::add);
        notifier.toStaff(ticket, MailEvent.SLA_ALERT, recipients, Map.of("sla", model(ticket, slaClock, policy,
                "breach")));
        alerts.raise(AccountManagerAlert.Kind.SLA_BREACH, ticket.getCustomerKey(), ticket,
                slaClock.getKind().apiName() + " target missed (policy " + policy.name() + ")");
        log.warn("Ticket {}: SLA {} breached (policy {}, was due {})", ticket.getNumber(),
                slaClock.getKind().apiName(), policy.name(), slaClock.getDueAt());
    }

    private Map<String, Object> model(Ticket ticket, SlaClock slaClock, SlaPolicy policy, String kind) {
        Directory current = directory.current();
        Optional<Customer> customer = current.customer(ticket.getCustomerKey());
        ZoneId zone = customer.map(Customer::timeZone).map(ZoneId::of).orElse(current.defaultZone());
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind);
        model.put("clock", slaClock.getKind().apiName());
        model.put("policy", policy.name());
        model.put("warningPercent", policy.warningPercent());
        model.put("dueAt", slaClock.getDueAt() == null ? "" : DUE_FORMAT.format(slaClock.getDueAt().atZone(zone))
                + " " + zone.getId());
        model.put("ticketNumber", ticket.getNumber());
        model.put("ticketSubject", ticket.getSubject());
        model.put("customerName", customer.map(Customer::name).orElse(""));
        model.put("priority", ticket.getPriority() == null ? "" : ticket.getPriority());
        model.put("team", ticket.getTeamKey() == null ? "" : ticket.getTeamKey());
        return model;
    }
}
