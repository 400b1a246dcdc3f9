package ch.postdesk.approval;

import ch.postdesk.directory.DirectoryService;
import ch.postdesk.notify.TemplateRenderer;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public confirmation page behind the signed links of an approval request. It lies outside
 * {@code /api}, so it needs no bearer token; the signed token is the only credential. {@code GET}
 * only shows the request and two buttons, so that a mail scanner that follows links records
 * nothing; the decision is recorded by the {@code POST} of the form.
 */
@RestController
@RequestMapping(ApprovalPageController.PATH)
class ApprovalPageController {

    static final String PATH = "/p/approvals";

    private final ApprovalService approvals;
    private final TicketRepository tickets;
    private final TemplateRenderer renderer;
    private final DirectoryService directory;

    ApprovalPageController(ApprovalService approvals, TicketRepository tickets, TemplateRenderer renderer,
            DirectoryService directory) {
        this.approvals = approvals;
        this.tickets = tickets;
        this.renderer = renderer;
        this.directory = directory;
    }

    @GetMapping("/{token}")
    ResponseEntity<String> show(@PathVariable String token, @RequestParam(required = false) String decision) {
        Optional<ApprovalRequest> request = approvals.findByToken(token);
        if (request.isEmpty()) {
            return page(HttpStatus.NOT_FOUND, ApprovalOutcome.INVALID.pageState(), null, null, token, "", false);
        }
        Ticket ticket = tickets.findById(request.get().getTicketId()).orElseThrow();
        ApprovalOutcome outcome = approvals.check(token);
        if (outcome != ApprovalOutcome.RECORDED) {
            return page(status(outcome), outcome.pageState(), request.get(), ticket, token, "", false);
        }
        String preselected = "decline".equals(decision) ? "decline" : "approve".equals(decision) ? "approve" : "";
        return page(HttpStatus.OK, "form", request.get(), ticket, token, preselected, false);
    }

    @PostMapping("/{token}")
    ResponseEntity<String> decide(@PathVariable String token, @RequestParam(required = false) String decision) {
        if (!"approve".equals(decision) && !"decline".equals(decision)) {
            return show(token, null);
        }
        boolean approve = "approve".equals(decision);
        ApprovalOutcome outcome = approvals.decideByLink(token, approve);
        Optional<ApprovalRequest> request = approvals.findByToken(token);
        Ticket ticket = request.flatMap(r -> tickets.findById(r.getTicketId())).orElse(null);
        return page(status(outcome), outcome.pageState(), request.orElse(null), ticket, token, decision, approve);
    }

    private static HttpStatus status(ApprovalOutcome outcome) {
        return switch (outcome) {
            case RECORDED -> HttpStatus.OK;
            case INVALID -> HttpStatus.NOT_FOUND;
            case EXPIRED, SUPERSEDED -> HttpStatus.GONE;
            case ALREADY_DECIDED -> HttpStatus.CONFLICT;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
        };
    }

    private ResponseEntity<String> page(HttpStatus status, String state, ApprovalRequest request, Ticket ticket,
            String token, String decision, boolean approved) {
        Map<String, Object> page = new HashMap<>();
        page.put("state", state);
        page.put("companyName", directory.current().companyName());
        page.put("ticketNumber", ticket == null ? "" : ticket.getNumber());
        page.put("action", PATH + "/" + token);
        page.put("scope", request == null ? "" : request.getScope());
        page.put("timeline", request == null ? "" : request.getTimeline());
        page.put("cost", request == null ? "" : request.getCost());
        page.put("decision", decision);
        page.put("approved", approved);
        String language = ticket == null ? directory.current().defaultLanguage() : ticket.getLanguage();
        String html = renderer.renderPage("page-approval", language, Map.of("page", page));
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
                .body(html);
    }
}
