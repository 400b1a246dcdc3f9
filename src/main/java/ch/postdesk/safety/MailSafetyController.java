package ch.postdesk.safety;

import ch.postdesk.content.BlobStore;
import ch.postdesk.content.BlobStore.BlobTable;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API for the records of mail safety: the ignored-mail log, recipients that get no automatic
 * mail, and tickets flagged for an agent.
 */
@RestController
class MailSafetyController {

    private final IgnoredMailRepository ignoredMail;
    private final SuppressedRecipientRepository suppressions;
    private final TicketFlagRepository flags;
    private final TicketRepository tickets;
    private final Clock clock;
    private final BlobStore blobs;

    MailSafetyController(IgnoredMailRepository ignoredMail, SuppressedRecipientRepository suppressions,
            TicketFlagRepository flags, TicketRepository tickets, Clock clock, BlobStore blobs) {
        this.blobs = blobs;
        this.ignoredMail = ignoredMail;
        this.suppressions = suppressions;
        this.flags = flags;
        this.tickets = tickets;
        this.clock = clock;
    }

    record IgnoredEntry(Long id, String mailbox, String messageId, String mailClass, String sender, String subject,
            String reason, long size, Instant receivedAt) {
    }

    record Suppression(String address, String status, String diagnostic, Instant since, Instant until) {
    }

    record Flag(Long id, String ticket, String type, String detail, Instant createdAt) {
    }

    /** Lists the newest ignored mails first; the raw message is at {@code /api/ignored-mail/{id}/raw}. */
    @GetMapping("/api/ignored-mail")
    @Transactional(readOnly = true)
    List<IgnoredEntry> ignored(@RequestParam(defaultValue = "100") int limit) {
        return ignoredMail.findAllByOrderByIdDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 1000)))).stream()
                .map(m -> new IgnoredEntry(m.getId(), m.getMailbox(), m.getMessageId(), m.getMailClass(),
                        m.getSender(), m.getSubject(), m.getReason(), m.getSize(), m.getReceivedAt()))
                .toList();
    }

    @GetMapping("/api/ignored-mail/{id}/raw")
    @Transactional(readOnly = true)
    ResponseEntity<?> ignoredRaw(@PathVariable long id) {
        return ignoredMail.findById(id)
                .<ResponseEntity<?>>map(m -> ResponseEntity.ok().header("Content-Type", "message/rfc822")
                        .contentLength(m.getSize())
                        .body(blobs.resource(BlobTable.IGNORED_MAIL, m.getId())))
                .orElseGet(() -> notFound("ignored mail " + id + " not found"));
    }

    /** Lists recipients that currently get no automatic mail because deliveries to them failed. */
    @GetMapping("/api/suppressions")
    @Transactional(readOnly = true)
    List<Suppression> suppressions() {
        return suppressions.findByUntilAfterOrderByCreatedAtDesc(clock.instant()).stream()
                .map(s -> new Suppression(s.getAddress(), s.getStatus(), s.getDiagnostic(), s.getCreatedAt(),
                        s.getUntil()))
                .toList();
    }

    /** Lifts the suppression of {@code address}, for example after the customer fixed the mailbox. */
    @DeleteMapping("/api/suppressions/{address}")
    @Transactional
    ResponseEntity<?> lift(@PathVariable String address) {
        return suppressions.findByAddress(address.strip().toLowerCase(Locale.ROOT))
                .<ResponseEntity<?>>map(s -> {
                    suppressions.delete(s);
                    return ResponseEntity.noContent().build();
                })
                .orElseGet(() -> notFound("no suppression for " + address));
    }

    /** Lists flags that no agent has cleared yet, newest first. */
    @GetMapping("/api/ticket-flags")
    @Transactional(readOnly = true)
    List<Flag> openFlags() {
        return flags.findByClearedAtIsNullOrderByCreatedAtDesc().stream()
                .map(f -> new Flag(f.getId(), tickets.findById(f.getTicketId()).map(Ticket::getNumber).orElse(null),
                        f.getType(), f.getDetail(), f.getCreatedAt()))
                .toList();
    }

    @PostMapping("/api/ticket-flags/{id}/clear")
    @Transactional
    ResponseEntity<?> clear(@PathVariable long id) {
        return flags.findById(id)
                .<ResponseEntity<?>>map(f -> {
                    f.clear(clock.instant());
                    return ResponseEntity.noContent().build();
                })
                .orElseGet(() -> notFound("ticket flag " + id + " not found"));
    }

    private static ResponseEntity<?> notFound(String message) {
        return ResponseEntity.status(404).body(Map.of("error", "not found", "message", message));
    }
}
