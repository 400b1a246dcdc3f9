package ch.postdesk.digest;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryFile.AccountManager;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryFile.SupportLead;
import ch.postdesk.directory.DirectoryFile.Team;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.digest.DigestProperties.Schedule;
import ch.postdesk.notify.CustomerMailComposer;
import ch.postdesk.notify.MailEvent;
import ch.postdesk.outbox.OutboxService;
import ch.postdesk.outbox.OutgoingMail;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the digests of one schedule for a period and queues one mail per recipient in the
 * caller's transaction: HTML with a plain-text alternative, in the recipient's language. A digest
 * with nothing to report is skipped unless {@code send-empty} is set for the schedule or globally.
 */
@Service
public class DigestService {

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);

    /** Content-ID of the trend chart in the support lead digest. */
    static final String CHART_CONTENT_ID = "trend-chart@postdesk";

    private final OverviewService overviews;
    private final ProcessMetricsService metrics;
    private final DirectoryService directory;
    private final CustomerMailComposer composer;
    private final OutboxService outbox;
    private final DigestProperties properties;

    public DigestService(OverviewService overviews, ProcessMetricsService metrics, DirectoryService directory,
            CustomerMailComposer composer, OutboxService outbox, DigestProperties properties) {
        this.overviews = overviews;
        this.metrics = metrics;
        this.directory = directory;
        this.composer = composer;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Queues the digests of {@code schedule} for {@code [from, to)}; returns the number of mails queued. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int send(Schedule schedule, Instant from, Instant to) {
        boolean sendEmpty = schedule.sendEmpty() != null ? schedule.sendEmpty() : properties.sendEmpty();
        int queued = switch (schedule.kind()) {
            case ACCOUNT_MANAGER -> accountManagers(schedule, from, to, sendEmpty);
            case TEAM -> teams(schedule, from, to, sendEmpty);
            case SUPPORT_LEAD -> supportLead(schedule, from, to, sendEmpty);
            case CUSTOMER -> customers(schedule, from, to, sendEmpty);
        };
        log.info("Digest {} for {} to {}: {} mail(s) queued", schedule.id(), from, to, queued);
        return queued;
    }

    private int accountManagers(Schedule schedule, Instant from, Instant to, boolean sendEmpty) {
        Directory current = directory.current();
        Set<String> managers = new LinkedHashSet<>();
        current.accountManagers().forEach(manager -> managers.add(Directory.normalize(manager.address())));
        current.customers().forEach(customer -> managers.addAll(current.accountManagersOf(customer)));
        int queued = 0;
        for (String manager : recipients(schedule, managers)) {
            List<CustomerOverview> customers = overviews.customersOf(manager).stream()
                    .map(customer -> overviews.customer(customer.key(), from, to)).toList();
            if (!sendEmpty && customers.stream().allMatch(CustomerOverview::hasNothingToReport)) {
                continue;
            }
            AccountManager entry = current.accountManagers().stream()
                    .filter(m -> Directory.normalize(m.address()).equals(manager)).findFirst().orElse(null);
            String language = entry == null || entry.language() == null ? current.defaultLanguage() : entry.language();
            TemplateModels models = new TemplateModels(language, zone(schedule));
            Map<String, Object> digest = new HashMap<>();
            digest.put("recipientName", entry == null || entry.name() == null ? manager : entry.name());
            digest.put("from", models.convert(from));
            digest.put("to", models.convert(to));
            digest.put("customers", models.convert(customers));
            digest.put("redFlagCount", customers.stream().mapToInt(c -> c.redFlags().size()).sum());
            digest.put("openCount", customers.stream().mapToInt(c -> c.openTickets().size()).sum());
            queue(MailEvent.DIGEST_ACCOUNT_MANAGER, manager, language, Map.of("digest", digest), List.of());
            queued++;
        }
        return queued;
    }

    private int teams(Schedule schedule, Instant from, Instant to, boolean sendEmpty) {
        Directory current = directory.current();
        Map<String, Team> byQueue = new HashMap<>();
        current.teams().forEach(team -> byQueue.put(Directory.normalize(team.queueAddress()), team));
        int queued = 0;
        for (String queue : recipients(schedule, byQueue.keySet())) {
            TeamOverview overview = overviews.team(byQueue.get(queue), from, to);
            if (!sendEmpty && overview.openTickets().isEmpty()) {
                continue;
            }
            String language = current.defaultLanguage();
            queue(MailEvent.DIGEST_TEAM, queue, language,
                    Map.of("digest", new TemplateModels(language, zone(schedule)).convertRecord(overview)), List.of());
            queued++;
        }
        return queued;
    }

    private int supportLead(Schedule schedule, Instant from, Instant to, boolean sendEmpty) {
        SupportLead lead = directory.current().supportLead().orElse(null);
        if (lead == null || lead.address() == null) {
            log.warn("Digest {} skipped: the directory names no support lead", schedule.id());
            return 0;
        }
        ProcessMetrics figures = metrics.metrics(from, to, zone(schedule));
        if (recipients(schedule, Set.of(Directory.normalize(lead.address()))).isEmpty()
                || !sendEmpty && figures.hasNothingToReport()) {
            return 0;
        }
        String language = lead.language() == null ? directory.current().defaultLanguage() : lead.language();
        Map<String, Object> digest = new HashMap<>();
        digest.put("metrics", new TemplateModels(language, zone(schedule)).convertRecord(figures));
        digest.put("chartContentId", CHART_CONTENT_ID);
        digest.put("chart", true);
        List<OutgoingMail.OutgoingAttachment> chart = List.of(new OutgoingMail.OutgoingAttachment("weekly-trend.png",
                "image/png", TrendChart.png(figures.trend()), CHART_CONTENT_ID));
        queue(MailEvent.DIGEST_SUPPORT_LEAD, Directory.normalize(lead.address()), language, Map.of("digest", digest),
                chart);
        return 1;
    }

    private int customers(Schedule schedule, Instant from, Instant to, boolean sendEmpty) {
        Directory current = directory.current();
        int queued = 0;
        for (Map.Entry<String, List<String>> entry : properties.customerRecipients().entrySet()) {
            Customer customer = current.customer(entry.getKey()).orElse(null);
            if (customer == null) {
                log.warn("Digest {}: customer {} of postdesk.digests.customer-recipients is not in the directory",
                        schedule.id(), entry.getKey());
                continue;
            }
            CustomerOverview overview = overviews.customer(customer.key(), from, to);
            if (!sendEmpty && overview.openTickets().isEmpty() && overview.done().isEmpty()) {
                continue;
            }
            String language = customer.language() == null ? current.defaultLanguage() : customer.language();
            ZoneId zone = customer.timeZone() == null ? current.defaultZone() : ZoneId.of(customer.timeZone());
            TemplateModels models = new TemplateModels(language, zone);
            Map<String, Object> digest = new HashMap<>();
            digest.put("customerName", customer.name());
            digest.put("from", models.convert(from));
            digest.put("to", models.convert(to));
            digest.put("openTickets", models.convert(overview.openTickets()));
            digest.put("done", models.convert(overview.done()));
            Set<String> addresses = new LinkedHashSet<>();
            entry.getValue().forEach(address -> addresses.add(Directory.normalize(address)));
            for (String address : recipients(schedule, addresses)) {
                queue(MailEvent.DIGEST_CUSTOMER, address, language, Map.of("digest", digest), List.of());
                queued++;
            }
        }
        return queued;
    }

    /**
     * Returns the candidates this schedule sends to: those it lists, or, when it lists none, all
     * candidates that no other schedule of the same kind lists.
     */
    private List<String> recipients(Schedule schedule, Set<String> candidates) {
        if (!schedule.recipients().isEmpty()) {
            return schedule.recipients().stream().map(Directory::normalize).filter(candidates::contains).toList();
        }
        Set<String> claimed = new LinkedHashSet<>();
        properties.schedules().stream()
                .filter(other -> other.kind() == schedule.kind() && !other.id().equals(schedule.id()))
                .forEach(other -> other.recipients().forEach(address -> claimed.add(Directory.normalize(address))));
        List<String> result = new ArrayList<>(candidates);
        result.removeAll(claimed);
        return result;
    }

    private void queue(MailEvent event, String recipient, String language, Map<String, Object> model,
            List<OutgoingMail.OutgoingAttachment> inline) {
        OutgoingMail mail = composer.composeStaff(event, null, List.of(recipient), language, model);
        if (!inline.isEmpty()) {
            mail = new OutgoingMail(mail.kind(), mail.to(), mail.cc(), mail.fromAddress(), mail.fromName(),
                    mail.replyTo(), mail.subject(), mail.text(), mail.html(), mail.language(), mail.autoSubmitted(),
                    mail.inReplyTo(), mail.references(), mail.extraHeaders(), inline);
        }
        outbox.enqueueWithoutTicket(mail);
    }

    /** Returns the time zone of the schedule, in which dates of its digests are written. */
    ZoneId zone(Schedule schedule) {
        return schedule.timeZone() == null ? directory.current().defaultZone() : ZoneId.of(schedule.timeZone());
    }
}
