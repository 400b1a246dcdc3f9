package ch.postdesk.survey;

import ch.postdesk.directory.DirectoryService;
import ch.postdesk.notify.TemplateRenderer;
import ch.postdesk.ticket.TicketRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
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
 * The public pages behind the rating links of a survey, outside {@code /api} so that they need no
 * bearer token. {@code GET /p/surveys/{token}/{rating}} returns a form that the browser submits by
 * itself, so one click records the rating while link scanners that do not run scripts record
 * nothing; without scripts the customer presses the button. The {@code POST} records the rating
 * and offers the optional comment form.
 */
@RestController
@RequestMapping(SurveyPageController.PATH)
class SurveyPageController {

    static final String PATH = "/p/surveys";

    private final SurveyService surveys;
    private final TicketRepository tickets;
    private final TemplateRenderer renderer;
    private final DirectoryService directory;
    private final Clock clock;

    SurveyPageController(SurveyService surveys, TicketRepository tickets, TemplateRenderer renderer,
            DirectoryService directory, Clock clock) {
        this.surveys = surveys;
        this.tickets = tickets;
        this.renderer = renderer;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/{token}/{rating}")
    ResponseEntity<String> confirm(@PathVariable String token, @PathVariable int rating) {
        Optional<Survey> survey = surveys.findByToken(token);
        if (survey.isEmpty() || rating < 1 || rating > 5) {
            return page(HttpStatus.NOT_FOUND, "invalid", null, token, 0);
        }
        if (survey.get().isAnswered()) {
            return page(HttpStatus.CONFLICT, "answered", survey.get(), token, survey.get().getRating());
        }
        if (survey.get().isExpired(clock.instant())) {
            return page(HttpStatus.GONE, "expired", survey.get(), token, rating);
        }
        return page(HttpStatus.OK, "confirm", survey.get(), token, rating);
    }

    @PostMapping("/{token}")
    ResponseEntity<String> rate(@PathVariable String token, @RequestParam(defaultValue = "0") int rating) {
        SurveyService.Outcome outcome = surveys.rateByLink(token, rating);
        Survey survey = surveys.findByToken(token).orElse(null);
        return switch (outcome) {
            case RECORDED -> page(HttpStatus.OK, "recorded", survey, token, rating);
            case ANSWERED -> page(HttpStatus.CONFLICT, "answered", survey, token, survey.getRating());
            case EXPIRED -> page(HttpStatus.GONE, "expired", survey, token, rating);
            default -> page(HttpStatus.NOT_FOUND, "invalid", survey, token, 0);
        };
    }

    @PostMapping("/{token}/comment")
    ResponseEntity<String> comment(@PathVariable String token, @RequestParam(defaultValue = "") String comment) {
        SurveyService.Outcome outcome = surveys.commentByLink(token, comment);
        Survey survey = surveys.findByToken(token).orElse(null);
        return switch (outcome) {
            case COMMENT_SAVED -> page(HttpStatus.OK, "comment-saved", survey, token, survey.getRating());
            case ANSWERED -> page(HttpStatus.CONFLICT, "answered", survey, token, survey.getRating());
            default -> page(HttpStatus.NOT_FOUND, "invalid", survey, token, 0);
        };
    }

    private ResponseEntity<String> page(HttpStatus status, String state, Survey survey, String token, int rating) {
        Map<String, Object> page = new HashMap<>();
        page.put("state", state);
        page.put("companyName", directory.current().companyName());
        page.put("ticketNumber", survey == null || survey.getTicketId() == null ? ""
                : tickets.findById(survey.getTicketId()).map(t -> t.getNumber()).orElse(""));
        page.put("action", PATH + "/" + token);
        page.put("commentAction", PATH + "/" + token + "/comment");
        page.put("rating", rating);
        String language = survey == null ? directory.current().defaultLanguage() : survey.getLanguage();
        String html = renderer.renderPage("page-survey", language.toLowerCase(Locale.ROOT), Map.of("page", page));
        String scripts = "confirm".equals(state) ? "script-src 'unsafe-inline'; " : "";
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; " + scripts
                        + "style-src 'unsafe-inline'; form-action 'self'")
                .body(html);
    }
}
