package ch.postdesk.command;

import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/security-events}: staff mail that failed authentication, newest first.
 * Parameters: {@code ticket} (a ticket number), {@code since} (ISO instant) and {@code limit}
 * (1 to 500, default 100).
 */
@RestController
class SecurityEventController {

    private final SecurityEventRepository events;
    private final TicketRepository tickets;

    SecurityEventController(SecurityEventRepository events, TicketRepository tickets) {
        this.events = events;
        this.tickets = tickets;
    }

    /** One event in the API. */
    record SecurityEventView(Long id, String type, String ticket, String messageId, String sender, String tokenState,
            String tokenRecipient, String decisionSource, String detail, List<String> commands, Instant at) {
    }

    @GetMapping("/api/security-events")
    @Transactional(readOnly = true)
    public ResponseEntity<?> list(@RequestParam(required = false) String ticket,
            @RequestParam(required = false) String since, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid limit",
                    "message", "limit " + limit + " is outside 1 to 500"));
        }
        List<SecurityEvent> found;
        if (ticket != null && !ticket.isBlank()) {
            Optional<Ticket> named = tickets.findByNumber(ticket.toUpperCase(Locale.ROOT));
            if (named.isEmpty()) {
                return ResponseEntity.status(404).body(Map.of("error", "not found",
                        "message", "ticket " + ticket + " not found"));
            }
            found = events.findByTicketIdOrderByIdDesc(named.get().getId()).stream().limit(limit).toList();
        } else {
            Instant from;
            try {
                from = since == null || since.isBlank() ? Instant.EPOCH : Instant.parse(since);
            } catch (DateTimeParseException e) {
                return ResponseEntity.badRequest().body(Map.of("error", "invalid since",
                        "message", "since '" + since + "' is not an ISO instant such as 2026-12-01T00:00:00Z"));
            }
            found = events.findByCreatedAtGreaterThanEqualOrderByIdDesc(from, PageRequest.of(0, limit));
        }
        return ResponseEntity.ok(found.stream().map(this::view).toList());
    }

    private SecurityEventView view(SecurityEvent event) {
        String number = event.getTicketId() == null ? null
                : tickets.findById(event.getTicketId()).map(Ticket::getNumber).orElse(null);
        List<String> commands = event.getCommands() == null || event.getCommands().isEmpty() ? List.of()
                : List.of(event.getCommands().split("\n"));
        return new SecurityEventView(event.getId(), event.getType(), number, event.getMessageId(), event.getSender(),
                event.getTokenState(), event.getTokenRecipient(), event.getDecisionSource(), event.getDetail(),
                commands, event.getCreatedAt());
    }
}
