package ch.postdesk.routing;

import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/tickets/{number}/team} with {@code {"team": "data", "actor": "agent@..."}}:
 * assigns the ticket to a team. The new team receives the refined task and the previous team, if
 * any, is informed that the ticket moved.
 */
@RestController
@RequestMapping("/api/tickets/{number}/team")
class TeamAssignmentController {

    private final TicketRepository tickets;
    private final TeamAssignment assignment;

    TeamAssignmentController(TicketRepository tickets, TeamAssignment assignment) {
        this.tickets = tickets;
        this.assignment = assignment;
    }

    /** The request body. */
    record AssignmentRequest(String team, String actor) {
    }

    @PutMapping
    @Transactional
    public ResponseEntity<Map<String, Object>> assign(@PathVariable String number,
            @RequestBody AssignmentRequest request) {
        if (request == null || request.team() == null || request.team().isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "missing team",
                    "message", "send {\"team\": \"<team key>\", \"actor\": \"<your address>\"}"));
        }
        Optional<Ticket> found = tickets.findByNumber(number.toUpperCase(Locale.ROOT))
                .flatMap(ticket -> tickets.findByIdForUpdate(ticket.getId()));
        if (found.isEmpty()) {
            return ResponseEntity.status(404).body(Map.of("error", "not found",
                    "message", "ticket " + number + " not found"));
        }
        Ticket ticket = found.get();
        String previous = ticket.getTeamKey();
        String actor = request.actor() == null || request.actor().isBlank() ? "api" : request.actor();
        try {
            assignment.assign(ticket, previous, request.team(), actor, null);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "unknown team", "message", e.getMessage()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ticket", ticket.getNumber());
        body.put("team", ticket.getTeamKey());
        body.put("previousTeam", previous);
        return ResponseEntity.ok(body);
    }
}
