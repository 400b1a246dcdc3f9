package ch.postdesk.approval;

import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Approval requests of a ticket: {@code POST} sends a new one, {@code GET} lists them with their decisions. */
@RestController
@RequestMapping("/api/tickets/{number}/approvals")
class ApprovalController {

    private final ApprovalService approvals;
    private final TicketRepository tickets;

    ApprovalController(ApprovalService approvals, TicketRepository tickets) {
        this.approvals = approvals;
        this.tickets = tickets;
    }

    /** Body of a new approval request; {@code requestedBy} is the asking agent's address. */
    record NewApproval(String scope, String timeline, String cost, String requestedBy) {
    }

    /** The JSON form of an approval request. */
    record ApprovalView(Long id, String status, String scope, String timeline, String cost, String requestedBy,
            String recipient, Instant requestedAt, Instant expiresAt, Instant decidedAt, String decidedBy,
            String decidedVia) {

        static ApprovalView of(ApprovalRequest r) {
            return new ApprovalView(r.getId(), r.getStatus().name().toLowerCase(Locale.ROOT), r.getScope(),
                    r.getTimeline(), r.getCost(), r.getRequestedBy(), r.getRecipient(), r.getRequestedAt(),
                    r.getExpiresAt(), r.getDecidedAt(), r.getDecidedBy(),
                    r.getDecidedVia() == null ? null : r.getDecidedVia().name().toLowerCase(Locale.ROOT));
        }
    }

    @PostMapping
    ResponseEntity<?> request(@PathVariable String number, @RequestBody NewApproval body) {
        Optional<Ticket> ticket = tickets.findByNumber(number.toUpperCase(Locale.ROOT));
        if (ticket.isEmpty()) {
            return ResponseEntity.status(404).body(Map.of("error", "not found", "message",
                    "ticket " + number + " not found"));
        }
        try {
            ApprovalRequest request = approvals.request(ticket.get(), body.scope(), body.timeline(), body.cost(),
                    body.requestedBy());
            return ResponseEntity.created(URI.create("/api/tickets/" + ticket.get().getNumber() + "/approvals"))
                    .body(ApprovalView.of(request));
        } catch (ApprovalException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid approval request",
                    "message", e.getMessage()));
        }
    }

    @GetMapping
    ResponseEntity<?> list(@PathVariable String number) {
        Optional<Ticket> ticket = tickets.findByNumber(number.toUpperCase(Locale.ROOT));
        if (ticket.isEmpty()) {
            return ResponseEntity.status(404).body(Map.of("error", "not found", "message",
                    "ticket " + number + " not found"));
        }
        List<ApprovalView> views = approvals.list(ticket.get()).stream().map(ApprovalView::of).toList();
        return ResponseEntity.ok(views);
    }
}
