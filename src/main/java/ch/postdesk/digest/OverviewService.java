package ch.postdesk.digest;

import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryFile.Team;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.sla.SlaClockService;
import ch.postdesk.sla.SlaView;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketStatus;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the per-customer overview of account managers and the team overview, read-only. */
@Service
@Transactional(readOnly = true)
public class OverviewService {

    /** Statuses of tickets that count as no longer open. */
    static final Set<TicketStatus> CLOSED = Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.SPAM);

    private static final List<String> FLAG_ORDER = List.of("sla-breached", "sla-at-risk", "low-rating", "escalation",
            "reopened", "stalled");

    private final DigestTicketRepository tickets;
    private final SlaClockService sla;
    private final DirectoryService directory;
    private final JdbcTemplate jdbc;
    private final DigestProperties properties;
    private final int lowRatingThreshold;

    public OverviewService(DigestTicketRepository tickets, SlaClockService sla, DirectoryService directory,
            JdbcTemplate jdbc, DigestProperties properties,
            ch.postdesk.communication.CommunicationProperties communication) {
        this.tickets = tickets;
        this.sla = sla;
        this.directory = directory;
        this.jdbc = jdbc;
        this.properties = properties;
        this.lowRatingThreshold = communication.lowRatingThreshold();
    }

    /**
     * Returns the overview of a customer for {@code [from, to)}.
     *
     * @throws IllegalArgumentException when the customer is not in the directory
     */
    public CustomerOverview customer(String customerKey, Instant from, Instant to) {
        Customer customer = directory.current().customer(customerKey).orElseThrow(() -> new IllegalArgumentException(
                "customer " + customerKey + " not found in the directory"));
        List<Ticket> open = tickets.openOfCustomer(customerKey, CLOSED);
        List<TicketLine> openLines = new ArrayList<>();
        List<RedFlag> flags = new ArrayList<>();
        Duration stalledAfter = properties.stalledAfter();
        for (Ticket ticket : open) {
            TicketLine line = line(ticket, to);
            openLines.add(line);
            if (line.sla().equals("at-risk")) {
                flags.add(new RedFlag("sla-at-risk", ticket.getNumber(), ticket.getSubject(),
                        "warning threshold passed", line.slaDueAt()));
            }
            if (ticket.getUpdatedAt().plus(stalledAfter).isBefore(to)) {
                flags.add(new RedFlag("stalled", ticket.getNumber(), ticket.getSubject(), "no activity for "
                        + Duration.between(ticket.getUpdatedAt(), to).toDays() + " days", ticket.getUpdatedAt()));
            }
        }
        flags.addAll(breaches(customerKey, from, to));
        flags.addAll(historyFlags(customerKey, "escalation", "escalation", from, to));
        flags.addAll(historyFlags(customerKey, "ticket-reopened", "reopened", from, to));
        flags.addAll(lowRatings(customerKey, from, to));
        flags.sort(Comparator.comparing((RedFlag flag) -> FLAG_ORDER.indexOf(flag.kind()))
                .thenComparing(RedFlag::at, Comparator.nullsLast(Comparator.naturalOrder())));

        List<TicketLine> opened = tickets.createdOfCustomer(customerKey, from, to).stream()
                .map(ticket -> line(ticket, to)).toList();
        List<Long> doneIds = jdbc.queryForList("""
                select distinct h.ticket_id from history_event h join ticket t on t.id = h.ticket_id
                where t.customer_key = ? and t.status in ('RESOLVED', 'CLOSED') and h.type = 'status-changed'
                  and (h.detail like '%-> resolved%' or h.detail like '%-> closed%')
                  and h.created_at >= ? and h.created_at < ?""", Long.class, customerKey, Timestamp.from(from),
                Timestamp.from(to));
        List<TicketLine> done = doneIds.isEmpty() ? List.of()
                : tickets.byIds(doneIds).stream().map(ticket -> line(ticket, to)).toList();
        return new CustomerOverview(customerKey, customer.name(), from, to, flags, openLines, opened, done);
    }

    /** Returns a team's open tickets, oldest first. */
    public TeamOverview team(Team team, Instant from, Instant to) {
        List<TicketLine> open = tickets.openOfTeam(team.key(), CLOSED).stream().map(ticket -> line(ticket, to))
                .toList();
        return new TeamOverview(team.key(), team.name() == null ? team.key() : team.name(), from, to, open);
    }

    TicketLine line(Ticket ticket, Instant now) {
        SlaView view = sla.view(ticket, now);
        return new TicketLine(ticket.getNumber(), ticket.getSubject(), ticket.getStatus().apiName(),
                ticket.getCustomerKey(), ticket.getTeamKey(), ticket.getPriority(), ticket.getType(),
                ticket.getCreatedAt(), ticket.getUpdatedAt(),
                Math.max(0, Duration.between(ticket.getCreatedAt(), now).toDays()), waiting(ticket.getStatus()),
                view.state(), view.nextDueAt());
    }

    static String waiting(TicketStatus status) {
        return switch (status) {
            case WAITING_CUSTOMER -> "support-waits-for-customer";
            case WITH_ACCOUNT_MANAGER -> "customer-waits-for-account-manager";
            case RESOLVED, CLOSED, SPAM -> "nobody";
            default -> "customer-waits-for-support";
        };
    }

    private List<RedFlag> breaches(String customerKey, Instant from, Instant to) {
        return jdbc.query("""
                select t.number, t.subject, c.kind, c.breached_at from sla_clock c join ticket t on t.id = c.ticket_id
                where t.customer_key = ? and c.breached_at is not null and c.breached_at < ?
                  and (c.breached_at >= ? or t.status not in ('RESOLVED', 'CLOSED', 'SPAM'))
                order by c.breached_at""",
                (rs, row) -> new RedFlag("sla-breached", rs.getString(1), rs.getString(2),
                        rs.getString(3).toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " target missed",
                        rs.getTimestamp(4).toInstant()),
                customerKey, Timestamp.from(to), Timestamp.from(from));
    }

    private List<RedFlag> historyFlags(String customerKey, String type, String kind, Instant from, Instant to) {
        return jdbc.query("""
                select t.number, t.subject, h.actor, h.detail, h.created_at from history_event h
                join ticket t on t.id = h.ticket_id
                where t.customer_key = ? and h.type = ? and h.created_at >= ? and h.created_at < ?
                order by h.created_at""",
                (rs, row) -> new RedFlag(kind, rs.getString(1), rs.getString(2),
                        (rs.getString(3) == null ? "" : rs.getString(3) + ": ")
                                + (rs.getString(4) == null ? "" : rs.getString(4)),
                        rs.getTimestamp(5).toInstant()),
                customerKey, type, Timestamp.from(from), Timestamp.from(to));
    }

    private List<RedFlag> lowRatings(String customerKey, Instant from, Instant to) {
        return jdbc.query("""
                select t.number, t.subject, s.rating, s.comment, s.answered_at, s.answered_by from survey s
                left join ticket t on t.id = s.ticket_id
                where s.customer_key = ? and s.rating is not null and s.rating <= ?
                  and s.answered_at >= ? and s.answered_at < ?
                order by s.answered_at""",
                (rs, row) -> new RedFlag("low-rating", rs.getString(1) == null ? "" : rs.getString(1),
                        rs.getString(2) == null ? "" : rs.getString(2),
                        "rating " + rs.getInt(3) + " of 5" + (rs.getString(6) == null ? "" : " by " + rs.getString(6))
                                + (rs.getString(4) == null || rs.getString(4).isBlank() ? "" : ": " + rs.getString(4)),
                        rs.getTimestamp(5).toInstant()),
                customerKey, lowRatingThreshold, Timestamp.from(from), Timestamp.from(to));
    }

    /** Returns the customers an account manager looks after, in directory order. */
    public List<Customer> customersOf(String managerAddress) {
        return directory.current().customers().stream()
                .filter(customer -> directory.current().accountManagersOf(customer)
                        .contains(ch.postdesk.directory.Directory.normalize(managerAddress)))
                .toList();
    }
}
