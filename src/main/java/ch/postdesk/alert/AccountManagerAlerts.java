package ch.postdesk.alert;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryFile.AccountManager;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.notify.CustomerMailComposer;
import ch.postdesk.notify.MailEvent;
import ch.postdesk.outbox.OutboxService;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Immediate alerts to a customer's account managers: SLA breach, low rating, escalation, repeated
 * reopening and incidents. Each account manager gets at most one alert mail per rate limit window.
 * The first alert after a quiet window is sent at once. Alerts raised within the window are kept
 * and sent together in one mail when it ends, so that a storm of events becomes one mail.
 *
 * <p>Concurrent instances agree through a row lock per recipient.
 */
@Service
public class AccountManagerAlerts {

    private static final Logger log = LoggerFactory.getLogger(AccountManagerAlerts.class);

    private final AccountManagerAlertRepository alerts;
    private final TicketRepository tickets;
    private final DirectoryService directory;
    private final CustomerMailComposer composer;
    private final OutboxService outbox;
    private final HistoryRecorder history;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AlertProperties properties;
    private final Clock clock;

    public AccountManagerAlerts(AccountManagerAlertRepository alerts, TicketRepository tickets,
            DirectoryService directory, CustomerMailComposer composer, OutboxService outbox, HistoryRecorder history,
            JdbcTemplate jdbc, TransactionTemplate transaction, AlertProperties properties, Clock clock) {
        this.alerts = alerts;
        this.tickets = tickets;
        this.directory = directory;
        this.composer = composer;
        this.outbox = outbox;
        this.history = history;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Alerts the account managers of {@code customerKey} in the caller's transaction.
     *
     * @param ticket the ticket the alert is about, or null for a customer-level event
     * @return the number of account managers alerted or holding the alert for their next mail
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int raise(AccountManagerAlert.Kind kind, String customerKey, Ticket ticket, String detail) {
        Directory current = directory.current();
        Optional<Customer> customer = current.customer(customerKey);
        List<String> managers = current.accountManagersOf(customer.orElse(null));
        if (managers.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<String> sentTo = new ArrayList<>();
        List<String> heldFor = new ArrayList<>();
        for (String manager : managers) {
            alerts.save(new AccountManagerAlert(manager, customerKey, ticket == null ? null : ticket.getId(), kind,
                    detail, now));
            if (sendIfWindowPassed(manager, now)) {
                sentTo.add(manager);
            } else {
                heldFor.add(manager);
            }
        }
        if (ticket != null) {
            history.record(ticket, "account-manager-alerted", "alerts", kind.apiName() + ": " + detail
                    + (sentTo.isEmpty() ? "" : "; sent to " + String.join(", ", sentTo))
                    + (heldFor.isEmpty() ? "" : "; held for the next mail to " + String.join(", ", heldFor)));
        }
        log.info("Account manager alert {} for customer {}{}: sent to {}, held for {}", kind.apiName(), customerKey,
                ticket == null ? "" : " ticket " + ticket.getNumber(), sentTo, heldFor);
        return managers.size();
    }

    /** Returns whether an alert of {@code kind} about the ticket was raised before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean wasRaised(Ticket ticket, AccountManagerAlert.Kind kind) {
        return alerts.existsByTicketIdAndKind(ticket.getId(), kind);
    }

    /**
     * Sends the collected alerts of every account manager whose rate limit window has passed, one
     * mail per manager, each in its own transaction. Returns the number of mails queued.
     */
    public int flushDue() {
        int mails = 0;
        for (String recipient : alerts.recipientsWithPending()) {
            try {
                Boolean sent = transaction.execute(status -> sendIfWindowPassed(recipient, clock.instant()));
                if (Boolean.TRUE.equals(sent)) {
                    mails++;
                }
            } catch (RuntimeException e) {
                log.error("Sending collected alerts to {} failed; they are retried at the next run", recipient, e);
            }
        }
        return mails;
    }

    /** Sends all pending alerts of {@code recipient} in one mail unless a mail went out within the window. */
    private boolean sendIfWindowPassed(String recipient, Instant now) {
        jdbc.update("insert ignore into account_manager_alert_recipient (recipient) values (?)", recipient);
        List<java.sql.Timestamp> last = jdbc.queryForList(
                "select last_sent_at from account_manager_alert_recipient where recipient = ? for update",
                java.sql.Timestamp.class, recipient);
        Instant lastSent = last.isEmpty() || last.get(0) == null ? null : last.get(0).toInstant();
        if (lastSent != null && lastSent.plus(properties.rateLimitWindow()).isAfter(now)) {
            return false;
        }
        List<AccountManagerAlert> pending = alerts.findByRecipientAndSentAtIsNullOrderById(recipient);
        if (pending.isEmpty()) {
            return false;
        }
        String language = language(recipient);
        outbox.enqueueWithoutTicket(composer.composeStaff(MailEvent.ACCOUNT_MANAGER_ALERT, null, List.of(recipient),
                language, Map.of("alerts", pending.stream().map(alert -> model(alert, language)).toList())));
        pending.forEach(alert -> alert.sent(now));
        jdbc.update("update account_manager_alert_recipient set last_sent_at = ? where recipient = ?",
                java.sql.Timestamp.from(now), recipient);
        log.info("Queued alert mail with {} alert(s) to account manager {}", pending.size(), recipient);
        return true;
    }

    private Map<String, Object> model(AccountManagerAlert alert, String language) {
        Directory current = directory.current();
        Optional<Ticket> ticket = alert.getTicketId() == null ? Optional.empty() : tickets.findById(alert.getTicketId());
        ZoneId zone = current.customer(alert.getCustomerKey()).map(Customer::timeZone).map(ZoneId::of)
                .orElse(current.defaultZone());
        Map<String, Object> model = new HashMap<>();
        model.put("kind", alert.getKind().apiName());
        model.put("customerName", current.customer(alert.getCustomerKey()).map(Customer::name)
                .orElse(alert.getCustomerKey() == null ? "" : alert.getCustomerKey()));
        model.put("ticketNumber", ticket.map(Ticket::getNumber).orElse(""));
        model.put("ticketSubject", ticket.map(Ticket::getSubject).orElse(""));
        model.put("detail", alert.getDetail());
        model.put("at", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language)).format(alert.getCreatedAt().atZone(zone)));
        return model;
    }

    private String language(String recipient) {
        Directory current = directory.current();
        return current.accountManagers().stream()
                .filter(manager -> manager.address() != null && Directory.normalize(manager.address()).equals(recipient))
                .map(AccountManager::language)
                .filter(language -> language != null && !language.isBlank())
                .findFirst().orElse(current.defaultLanguage());
    }
}
