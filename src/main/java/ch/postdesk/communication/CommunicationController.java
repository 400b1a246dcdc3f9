package ch.postdesk.communication;

import ch.postdesk.survey.Survey;
import ch.postdesk.survey.SurveyService;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import ch.postdesk.ticket.TicketStatus;
import java.time.Instant;
import java.util.Arrays;
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

/**
 * Customer communication of one ticket through the API: status changes with their customer mail,
 * agent replies, links to follow-up tickets and the ticket's surveys.
 */
@RestController
@RequestMapping("/api/tickets/{number}")
class CommunicationController {

    private final StatusChangeService statusChanges;
    private final CustomerReplyService replies;
    private final SurveyService surveys;
    private final TicketRepository tickets;
    private final TicketLinkRepository links;

    CommunicationController(StatusChangeService statusChanges, CustomerReplyService replies, SurveyService surveys,
            TicketRepository tickets, TicketLinkRepository links) {
        this.statusChanges = statusChanges;
        this.replies = replies;
        this.surveys = surveys;
        this.tickets = tickets;
        this.links = links;
    }

    /** Body of a status change; {@code notifyCustomer} defaults to true. */
    record StatusChange(String status, String actor, String note, Boolean notifyCustomer) {
    }

    /** Body of an agent reply; {@code status} optionally sets the status afterwards, such as waiting-customer. */
    record Reply(String author, String text, String status) {
    }

    record LinkView(String ticket, String linkedTicket, String kind, Instant createdAt) {
    }

    record SurveyView(Long id, String recipient, Instant sentAt, Instant expiresAt, Integer rating, String comment,
            Instant answeredAt, String answeredVia) {
    }

    @PostMapping("/status")
    ResponseEntity<?> changeStatus(@PathVariable String number, @RequestBody StatusChange body) {
        TicketStatus status = TicketStatus.fromApiName(body.status());
        if (status == null) {
            return badRequest("status '" + body.status() + "' is not valid; use one of "
                    + Arrays.stream(TicketStatus.values()).map(TicketStatus::apiName).toList());
        }
        if (body.actor() == null || body.actor().isBlank()) {
            return badRequest("actor is missing: give the address of who changes the status");
        }
        try {
            boolean changed = statusChanges.change(number, status, body.actor(), body.note(),
                    body.notifyCustomer() == null || body.notifyCustomer());
            return ResponseEntity.ok(Map.of("ticket", number.toUpperCase(Locale.ROOT), "status", status.apiName(),
                    "changed", changed));
        } catch (IllegalArgumentException e) {
            return notFound(e.getMessage());
        }
    }

    @PostMapping("/replies")
    ResponseEntity<?> reply(@PathVariable String number, @RequestBody Reply body) {
        Optional<Ticket> ticket = tickets.findByNumber(number.toUpperCase(Locale.ROOT));
        if (ticket.isEmpty()) {
            return notFound("ticket " + number + " not found");
        }
        TicketStatus status = null;
        if (body.status() != null) {
            status = TicketStatus.fromApiName(body.status());
            if (status == null) {
                return badRequest("status '" + body.status() + "' is not valid");
            }
        }
        try {
            Article article = replies.reply(ticket.get(), body.author(), body.text(), status);
            return ResponseEntity.status(201).body(Map.of("ticket", ticket.get().getNumber(), "article",
                    article.getId(), "messageId", article.getMessageId()));
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
    }

    @GetMapping("/links")
    ResponseEntity<?> links(@PathVariable String number) {
        Optional<Ticket> ticket = tickets.findByNumber(number.toUpperCase(Locale.ROOT));
        if (ticket.isEmpty()) {
            return notFound("ticket " + number + " not found");
        }
        Long id = ticket.get().getId();
        List<LinkView> views = links.findByTicketIdOrLinkedTicketIdOrderById(id, id).stream()
                .map(link -> new LinkView(numberOf(link.getTicketId()), numberOf(link.getLinkedTicketId()),
                        link.getKind(), link.getCreatedAt()))
                .toList();
        return ResponseEntity.ok(views);
    }

    @GetMapping("/surveys")
    ResponseEntity<?> surveys(@PathVariable String number) {
        Optional<Ticket> ticket = tickets.findByNumber(number.toUpperCase(Locale.ROOT));
        if (ticket.isEmpty()) {
            return notFound("ticket " + number + " not found");
        }
        List<SurveyView> views = surveys.ofTicket(ticket.get()).stream()
                .map(s -> new SurveyView(s.getId(), s.getRecipient(), s.getSentAt(), s.getExpiresAt(), s.getRating(),
                        s.getComment(), s.getAnsweredAt(), via(s)))
                .toList();
        return ResponseEntity.ok(views);
    }

    private static String via(Survey survey) {
        return survey.getAnsweredVia() == null ? null : survey.getAnsweredVia().name().toLowerCase(Locale.ROOT);
    }

    private String numberOf(Long ticketId) {
        return tickets.findById(ticketId).map(Ticket::getNumber).orElse(null);
    }

    private static ResponseEntity<?> badRequest(String message) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid request", "message", message));
    }

    private static ResponseEntity<?> notFound(String message) {
        return ResponseEntity.status(404).body(Map.of("error", "not found", "message", message));
    }
}
