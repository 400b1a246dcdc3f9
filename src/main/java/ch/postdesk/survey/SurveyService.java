package ch.postdesk.survey;

import ch.postdesk.alert.AccountManagerAlert;
import ch.postdesk.alert.AccountManagerAlerts;
import ch.postdesk.communication.CommunicationProperties;
import ch.postdesk.communication.CustomerNotifier;
import ch.postdesk.communication.SignedLinks;
import ch.postdesk.communication.TicketCustomers;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.notify.CustomerMailComposer;
import ch.postdesk.notify.MailEvent;
import ch.postdesk.notify.OwnAddresses;
import ch.postdesk.outbox.OutboxService;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction surveys: one per resolved ticket to its contact, and customer-level surveys to every
 * contact of a customer on a schedule. A rating arrives by signed link or, for ticket surveys, by a
 * reply whose first line is the number. Each survey takes one rating; a rating at or below the
 * configured threshold alerts the customer's account managers and the support lead at once.
 */
@Service
public class SurveyService {

    /** Purpose of survey link tokens. */
    static final String TOKEN_PURPOSE = "survey";

    private static final Logger log = LoggerFactory.getLogger(SurveyService.class);

    private final SurveyRepository surveys;
    private final CustomerSurveyScheduleRepository schedules;
    private final TicketRepository tickets;
    private final CustomerNotifier notifier;
    private final CustomerMailComposer composer;
    private final OutboxService outbox;
    private final SignedLinks links;
    private final TicketCustomers customers;
    private final DirectoryService directory;
    private final OwnAddresses ownAddresses;
    private final HistoryRecorder history;
    private final CommunicationProperties properties;
    private final Clock clock;
    private final AccountManagerAlerts alerts;

    public SurveyService(SurveyRepository surveys, CustomerSurveyScheduleRepository schedules,
            TicketRepository tickets, CustomerNotifier notifier, CustomerMailComposer composer, OutboxService outbox,
            SignedLinks links, TicketCustomers customers, DirectoryService directory, OwnAddresses ownAddresses,
            HistoryRecorder history, CommunicationProperties properties, Clock clock, AccountManagerAlerts alerts) {
        this.surveys = surveys;
        this.schedules = schedules;
        this.tickets = tickets;
        this.notifier = notifier;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
        this.customers = customers;
        this.directory = directory;
        this.ownAddresses = ownAddresses;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
        this.alerts = alerts;
    }

    /** Outcome of a rating or comment attempt; the name in lower case is the page state. */
    public enum Outcome { RECORDED, COMMENT_SAVED, INVALID, EXPIRED, ANSWERED }

    /** Sends the survey of a resolved ticket to its contact, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendTicketSurvey(Ticket ticket) {
        String recipient = ticket.getContactAddress();
        if (recipient == null || recipient.isBlank() || ownAddresses.contains(recipient)) {
            history.record(ticket, "survey-suppressed", null, "ticket has no customer contact address");
            return;
        }
        Instant now = clock.instant();
        Survey survey = surveys.save(new Survey(Survey.Kind.TICKET, ticket.getId(), ticket.getCustomerKey(),
                recipient, ticket.getLanguage(), SignedLinks.newNonce(), now, now.plus(properties.surveyValidFor())));
        Map<String, Object> model = Map.of("survey", surveyModel(survey, customers.date(ticket, survey.getExpiresAt())));
        notifier.toCustomer(ticket, MailEvent.SURVEY, CustomerNotifier.AUTO_GENERATED, model);
    }

    /** Returns the survey a link token names, after checking its signature; empty for an invalid token. */
    @Transactional(readOnly = true)
    public Optional<Survey> findByToken(String token) {
        return links.verify(TOKEN_PURPOSE, token)
                .flatMap(claims -> surveys.findById(claims.id())
                        .filter(survey -> survey.getTokenNonce().equals(claims.nonce())));
    }

    /** Records a rating given through a survey link. */
    @Transactional
    public Outcome rateByLink(String token, int rating) {
        Optional<Survey> found = lockByToken(token);
        if (found.isEmpty() || rating < 1 || rating > 5) {
            return Outcome.INVALID;
        }
        return rate(found.get(), rating, "", Survey.Via.LINK, found.get().getRecipient());
    }

    /** Adds the optional comment after a rating given through a survey link; only the first comment is kept. */
    @Transactional
    public Outcome commentByLink(String token, String comment) {
        Optional<Survey> found = lockByToken(token);
        if (found.isEmpty() || !found.get().isAnswered()) {
            return Outcome.INVALID;
        }
        Survey survey = found.get();
        if (survey.getComment() != null) {
            return Outcome.ANSWERED;
        }
        String text = comment == null ? "" : comment.strip();
        if (!text.isEmpty()) {
            survey.addComment(text.length() > SurveyReplies.MAX_COMMENT
                    ? text.substring(0, SurveyReplies.MAX_COMMENT) : text);
            ticketOf(survey).ifPresent(ticket -> history.record(ticket, "survey-comment", survey.getRecipient(),
                    "survey #" + survey.getId()));
            if (survey.getRating() <= properties.lowRatingThreshold()) {
                alertLowRating(survey);
            }
        }
        return Outcome.COMMENT_SAVED;
    }

    /**
     * Records a rating from a customer reply to the ticket, in the caller's transaction. Returns
     * false when the reply is no rating or the ticket has no open survey, so that it is handled as
     * an ordinary message.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean rateByReply(Ticket ticket, Article article, String sender) {
        Optional<SurveyReplies.Answer> answer = SurveyReplies.parse(article.getVisibleText());
        if (answer.isEmpty()) {
            return false;
        }
        Optional<Survey> open = openTicketSurvey(ticket);
        if (open.isEmpty() || !customers.speaksFor(ticket, sender)) {
            return false;
        }
        Survey survey = surveys.findByIdForUpdate(open.get().getId()).orElseThrow();
        return rate(survey, answer.get().rating(), answer.get().comment(), Survey.Via.REPLY, sender)
                == Outcome.RECORDED;
    }

    /** Returns whether {@code text} is a rating and the ticket has a survey that still takes one. */
    @Transactional(readOnly = true)
    public boolean isRatingReply(Ticket ticket, String text) {
        return SurveyReplies.parse(text).isPresent() && openTicketSurvey(ticket).isPresent();
    }

    @Transactional(readOnly = true)
    public List<Survey> ofTicket(Ticket ticket) {
        return surveys.findByTicketIdOrderByIdDesc(ticket.getId());
    }

    @Transactional(readOnly = true)
    public List<Survey> ofCustomer(String customerKey) {
        return surveys.findByCustomerKeyAndKindOrderBySentAtDesc(customerKey, Survey.Kind.CUSTOMER);
    }

    /** Creates or replaces the customer-level survey schedule of a customer. */
    @Transactional
    public CustomerSurveySchedule schedule(String customerKey, int intervalDays, Instant firstRunAt) {
        requireCustomer(customerKey);
        if (intervalDays < 1) {
            throw new IllegalArgumentException("intervalDays must be at least 1, was " + intervalDays);
        }
        Instant first = firstRunAt == null ? clock.instant() : firstRunAt;
        CustomerSurveySchedule schedule = schedules.findById(customerKey)
                .orElseGet(() -> new CustomerSurveySchedule(customerKey, intervalDays, first));
        schedule.reschedule(intervalDays, first);
        return schedules.save(schedule);
    }

    @Transactional
    public boolean unschedule(String customerKey) {
        if (!schedules.existsById(customerKey)) {
            return false;
        }
        schedules.deleteById(customerKey);
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<CustomerSurveySchedule> scheduleOf(String customerKey) {
        return schedules.findById(customerKey);
    }

    /** Sends every customer-level survey whose schedule is due; returns the number of mails queued. */
    @Transactional
    public int sendDueCustomerSurveys() {
        Instant now = clock.instant();
        int sent = 0;
        for (CustomerSurveySchedule schedule : schedules.findByNextRunAtLessThanEqual(now)) {
            sent += sendCustomerSurvey(schedule.getCustomerKey());
            schedule.ran(now);
        }
        return sent;
    }

    /**
     * Sends a customer-level survey to every contact of the customer: the single addresses in the
     * directory and the contacts of its tickets of the last year. Returns the number of mails queued.
     */
    @Transactional
    public int sendCustomerSurvey(String customerKey) {
        Customer customer = requireCustomer(customerKey);
        Instant now = clock.instant();
        Set<String> contacts = new LinkedHashSet<>();
        customer.addresses().forEach(a -> contacts.add(a.toLowerCase(Locale.ROOT)));
        contacts.addAll(tickets.search(customerKey, null, org.springframework.data.domain.PageRequest.of(0, 1000))
                .stream()
                .filter(t -> t.getCreatedAt().isAfter(now.minus(java.time.Duration.ofDays(365))))
                .map(Ticket::getContactAddress)
                .filter(a -> a != null && !a.isBlank())
                .map(a -> a.toLowerCase(Locale.ROOT))
                .toList());
        contacts.removeIf(ownAddresses::contains);
        String language = customer.language() == null ? directory.current().defaultLanguage() : customer.language();
        for (String contact : contacts) {
            Survey survey = surveys.save(new Survey(Survey.Kind.CUSTOMER, null, customerKey, contact, language,
                    SignedLinks.newNonce(), now, now.plus(properties.surveyValidFor())));
            String expires = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                    .withLocale(Locale.forLanguageTag(language))
                    .format(survey.getExpiresAt().atZone(ZoneOffset.UTC));
            outbox.enqueueWithoutTicket(composer.composeWithoutTicket(MailEvent.CUSTOMER_SURVEY, language, contact,
                    customerKey, Map.of("survey", surveyModel(survey, expires))));
        }
        log.info("Customer survey for {} queued to {} contacts", customerKey, contacts.size());
        return contacts.size();
    }

    private Outcome rate(Survey survey, int rating, String comment, Survey.Via via, String by) {
        Instant now = clock.instant();
        if (survey.isAnswered()) {
            return Outcome.ANSWERED;
        }
        if (survey.isExpired(now)) {
            return Outcome.EXPIRED;
        }
        survey.answer(rating, comment, via, by, now);
        String channel = via.name().toLowerCase(Locale.ROOT);
        ticketOf(survey).ifPresent(ticket -> history.record(ticket, "survey-rated", by,
                "rating " + rating + " of 5 by " + channel));
        log.info("Survey #{} ({}) rated {} of 5 by {} via {}", survey.getId(),
                survey.getTicketId() == null ? "customer " + survey.getCustomerKey() : "ticket id " + survey.getTicketId(),
                rating, by, channel);
        if (rating <= properties.lowRatingThreshold()) {
            alertLowRating(survey);
        }
        return Outcome.RECORDED;
    }

    /**
     * Mails the support lead about a low rating and raises a rate-limited alert to the account
     * managers of the survey's customer.
     */
    private void alertLowRating(Survey survey) {
        List<String> recipients = new ArrayList<>();
        Optional<Customer> customer = directory.current().customer(survey.getCustomerKey());
        var lead = directory.current().file().supportLead();
        if (lead != null && lead.address() != null) {
            recipients.add(lead.address());
        }
        Optional<Ticket> ticket = ticketOf(survey);
        Map<String, Object> rating = new HashMap<>();
        rating.put("value", survey.getRating());
        rating.put("comment", survey.getComment() == null ? "" : survey.getComment());
        rating.put("ticketNumber", ticket.map(Ticket::getNumber).orElse(""));
        rating.put("respondent", survey.getAnsweredBy() == null ? survey.getRecipient() : survey.getAnsweredBy());
        rating.put("kind", survey.getKind().name().toLowerCase(Locale.ROOT));
        rating.put("customerName", customer.map(Customer::name).orElse(survey.getRecipient()));
        if (ticket.isPresent()) {
            notifier.toStaff(ticket.get(), MailEvent.STAFF_LOW_RATING, recipients, Map.of("rating", rating));
        } else if (!recipients.isEmpty()) {
            outbox.enqueueWithoutTicket(composer.composeStaff(MailEvent.STAFF_LOW_RATING, null,
                    recipients.stream().map(r -> r.toLowerCase(Locale.ROOT)).distinct().toList(),
                    Map.of("rating", rating)));
        }
        alerts.raise(AccountManagerAlert.Kind.LOW_RATING, survey.getCustomerKey(), ticket.orElse(null),
                "rating " + survey.getRating() + " of 5 by " + rating.get("respondent")
                        + (survey.getComment() == null || survey.getComment().isBlank() ? "" : ": " + survey.getComment()));
        log.warn("Low rating {} of 5 on survey #{} from {}: alert queued to {} and the account managers",
                survey.getRating(), survey.getId(), rating.get("respondent"), recipients);
    }

    private Map<String, Object> surveyModel(Survey survey, String expiresAt) {
        String token = links.sign(TOKEN_PURPOSE, survey.getId(), survey.getTokenNonce(), survey.getExpiresAt());
        List<Map<String, Object>> ratingLinks = new ArrayList<>();
        for (int rating = 1; rating <= 5; rating++) {
            ratingLinks.add(Map.of("rating", rating,
                    "url", links.url(SurveyPageController.PATH + "/" + token + "/" + rating)));
        }
        return Map.of("expiresAt", expiresAt, "links", ratingLinks);
    }

    private Optional<Survey> openTicketSurvey(Ticket ticket) {
        Instant now = clock.instant();
        return surveys.findByTicketIdOrderByIdDesc(ticket.getId()).stream()
                .findFirst()
                .filter(survey -> !survey.isAnswered() && !survey.isExpired(now));
    }

    private Optional<Survey> lockByToken(String token) {
        return links.verify(TOKEN_PURPOSE, token)
                .flatMap(claims -> surveys.findByIdForUpdate(claims.id())
                        .filter(survey -> survey.getTokenNonce().equals(claims.nonce())));
    }

    private Optional<Ticket> ticketOf(Survey survey) {
        return survey.getTicketId() == null ? Optional.empty() : tickets.findById(survey.getTicketId());
    }

    private Customer requireCustomer(String customerKey) {
        return directory.current().customer(customerKey).orElseThrow(() -> new IllegalArgumentException(
                "customer " + customerKey + " not found in the directory"));
    }
}
