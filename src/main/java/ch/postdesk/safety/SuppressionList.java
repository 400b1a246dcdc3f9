package ch.postdesk.safety;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Marks recipients undeliverable for {@code postdesk.safety.undeliverable-period} after a permanent failure. */
@Component
public class SuppressionList {

    private final SuppressedRecipientRepository repository;
    private final SafetyProperties properties;
    private final Clock clock;

    public SuppressionList(SuppressedRecipientRepository repository, SafetyProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /** Suppresses {@code address}, or extends its suppression, and returns until when it holds. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Instant suppress(String address, String status, String diagnostic, Long ticketId) {
        Instant now = clock.instant();
        Instant until = now.plus(properties.undeliverablePeriod());
        String normalized = address.strip().toLowerCase(Locale.ROOT);
        SuppressedRecipient entry = repository.findByAddress(normalized)
                .orElseGet(() -> new SuppressedRecipient(normalized, now));
        entry.renew(status, diagnostic, ticketId, now, until);
        repository.save(entry);
        return until;
    }
}
