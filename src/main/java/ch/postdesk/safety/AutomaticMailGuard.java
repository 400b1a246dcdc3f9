package ch.postdesk.safety;

import ch.postdesk.notify.OwnAddresses;
import ch.postdesk.outbox.OutboundProperties;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, in the caller's transaction, whether Postdesk may queue an automatic mail. It refuses
 * mail to Postdesk's own addresses (with their VERP forms), to addresses matching the no-reply
 * pattern, to recipients suppressed after a permanent delivery failure, and automatic answers
 * ({@code Auto-Submitted: auto-replied}) over the per-recipient or per-ticket rate limits. Mail that
 * Postdesk generates on an agent's action or a schedule ({@code auto-generated}) is not counted,
 * because it cannot be triggered by a storm of inbound mail. A refusal is recorded in the ticket history, so that
 * agents see why a customer got no automatic mail. An accepted mail is counted for the rate limits.
 */
@Component
public class AutomaticMailGuard {

    private static final Logger log = LoggerFactory.getLogger(AutomaticMailGuard.class);

    private final OwnAddresses ownAddresses;
    private final SuppressedRecipientRepository suppressions;
    private final AutomaticMailRepository automaticMail;
    private final HistoryRecorder history;
    private final SafetyProperties properties;
    private final Pattern noReply;
    private final VerpAddress verp;
    private final Clock clock;

    public AutomaticMailGuard(OwnAddresses ownAddresses, SuppressedRecipientRepository suppressions,
            AutomaticMailRepository automaticMail, HistoryRecorder history, SafetyProperties properties,
            OutboundProperties outbound, Clock clock) {
        this.ownAddresses = ownAddresses;
        this.suppressions = suppressions;
        this.automaticMail = automaticMail;
        this.history = history;
        this.properties = properties;
        this.noReply = properties.noReplyRegex();
        this.verp = new VerpAddress(outbound.bounceAddress(), outbound.messageIdDomain());
        this.clock = clock;
    }

    /**
     * Returns true and counts the mail when {@code kind} may go to all {@code recipients} about
     * {@code ticket}; otherwise records the reason in the ticket history and returns false.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean permit(Ticket ticket, List<String> recipients, String kind, boolean rateLimited) {
        Instant now = clock.instant();
        for (String recipient : recipients) {
            Optional<String> refusal = refusal(ticket, recipient, now, rateLimited);
            if (refusal.isPresent()) {
                String detail = kind + " to " + recipient + " withheld: " + refusal.get();
                history.record(ticket, "automatic-mail-withheld", null, detail);
                log.warn("Automatic mail withheld for ticket {}: {}", ticket.getNumber(), detail);
                return false;
            }
        }
        if (!rateLimited) {
            return true;
        }
        for (String recipient : recipients) {
            automaticMail.save(new AutomaticMail(normalize(recipient), ticket.getId(), kind, now));
        }
        return true;
    }

    /** Returns why automatic mail to {@code recipient} is not allowed now, or empty when it is. */
    Optional<String> refusal(Ticket ticket, String recipient, Instant now, boolean rateLimited) {
        String address = normalize(recipient);
        if (ownAddresses.contains(address) || verp.isBounceAddress(address)) {
            return Optional.of("it is one of Postdesk's own addresses");
        }
        if (noReply.matcher(address).matches()) {
            return Optional.of("it matches the no-reply pattern");
        }
        Optional<SuppressedRecipient> suppressed = suppressions.findByAddress(address)
                .filter(s -> s.getUntil().isAfter(now));
        if (suppressed.isPresent()) {
            return Optional.of("it is undeliverable until " + suppressed.get().getUntil() + " (status "
                    + suppressed.get().getStatus() + ")");
        }
        if (!rateLimited) {
            return Optional.empty();
        }
        SafetyProperties.RateLimit limit = properties.rateLimit();
        if (automaticMail.countByRecipientAndCreatedAtAfter(address, now.minus(Duration.ofHours(1)))
                >= limit.perRecipientHour()) {
            return Optional.of("rate limit of " + limit.perRecipientHour() + " automatic mails per hour to this"
                    + " recipient reached");
        }
        if (automaticMail.countByRecipientAndCreatedAtAfter(address, now.minus(Duration.ofDays(1)))
                >= limit.perRecipientDay()) {
            return Optional.of("rate limit of " + limit.perRecipientDay() + " automatic mails per day to this"
                    + " recipient reached");
        }
        if (ticket.getId() != null) {
            if (automaticMail.countByTicketIdAndCreatedAtAfter(ticket.getId(), now.minus(Duration.ofHours(1)))
                    >= limit.perTicketHour()) {
                return Optional.of("rate limit of " + limit.perTicketHour() + " automatic mails per hour about"
                        + " this ticket reached");
            }
            if (automaticMail.countByTicketIdAndCreatedAtAfter(ticket.getId(), now.minus(Duration.ofDays(1)))
                    >= limit.perTicketDay()) {
                return Optional.of("rate limit of " + limit.perTicketDay() + " automatic mails per day about"
                        + " this ticket reached");
            }
        }
        return Optional.empty();
    }

    private static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
