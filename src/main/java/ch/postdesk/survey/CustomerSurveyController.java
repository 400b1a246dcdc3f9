package ch.postdesk.survey;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer-level surveys: the schedule per customer, sending one at once, and the results per
 * customer. Ticket surveys are listed at {@code /api/tickets/{number}/surveys}.
 */
@RestController
class CustomerSurveyController {

    private final SurveyService surveys;

    CustomerSurveyController(SurveyService surveys) {
        this.surveys = surveys;
    }

    /** Body of a schedule: every {@code intervalDays} days, first at {@code firstRunAt} (now when null). */
    record ScheduleRequest(Integer intervalDays, Instant firstRunAt) {
    }

    record ScheduleView(String customer, int intervalDays, Instant nextRunAt, Instant lastRunAt) {

        static ScheduleView of(CustomerSurveySchedule s) {
            return new ScheduleView(s.getCustomerKey(), s.getIntervalDays(), s.getNextRunAt(), s.getLastRunAt());
        }
    }

    /** One survey and its answer. */
    record SurveyView(Long id, String kind, String recipient, Instant sentAt, Instant expiresAt, Integer rating,
            String comment, Instant answeredAt, String answeredVia) {

        static SurveyView of(Survey s) {
            return new SurveyView(s.getId(), s.getKind().name().toLowerCase(Locale.ROOT), s.getRecipient(),
                    s.getSentAt(), s.getExpiresAt(), s.getRating(), s.getComment(), s.getAnsweredAt(),
                    s.getAnsweredVia() == null ? null : s.getAnsweredVia().name().toLowerCase(Locale.ROOT));
        }
    }

    /** Results of a customer's customer-level surveys; {@code averageRating} is null without answers. */
    record Results(String customer, int sent, int answered, Double averageRating, List<SurveyView> surveys) {
    }

    @PutMapping("/api/customers/{key}/survey-schedule")
    ResponseEntity<?> schedule(@PathVariable String key, @RequestBody ScheduleRequest body) {
        if (body.intervalDays() == null) {
            return badRequest("intervalDays is missing: give the days between two surveys, such as 182");
        }
        try {
            return ResponseEntity.ok(ScheduleView.of(surveys.schedule(key, body.intervalDays(), body.firstRunAt())));
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
    }

    @GetMapping("/api/customers/{key}/survey-schedule")
    ResponseEntity<?> scheduleOf(@PathVariable String key) {
        return surveys.scheduleOf(key).<ResponseEntity<?>>map(s -> ResponseEntity.ok(ScheduleView.of(s)))
                .orElseGet(() -> ResponseEntity.status(404).body(Map.of("error", "not found",
                        "message", "no survey schedule for customer " + key)));
    }

    @DeleteMapping("/api/customers/{key}/survey-schedule")
    ResponseEntity<?> unschedule(@PathVariable String key) {
        return surveys.unschedule(key) ? ResponseEntity.noContent().build()
                : ResponseEntity.status(404).body(Map.of("error", "not found",
                        "message", "no survey schedule for customer " + key));
    }

    @PostMapping("/api/customers/{key}/surveys")
    ResponseEntity<?> sendNow(@PathVariable String key) {
        try {
            return ResponseEntity.accepted().body(Map.of("customer", key, "queued", surveys.sendCustomerSurvey(key)));
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
    }

    @GetMapping("/api/customers/{key}/surveys")
    ResponseEntity<?> results(@PathVariable String key) {
        List<Survey> all = surveys.ofCustomer(key);
        List<Survey> answered = all.stream().filter(Survey::isAnswered).toList();
        Double average = answered.isEmpty() ? null
                : answered.stream().mapToInt(Survey::getRating).average().orElse(0);
        return ResponseEntity.ok(new Results(key, all.size(), answered.size(), average,
                all.stream().map(SurveyView::of).toList()));
    }

    private static ResponseEntity<?> badRequest(String message) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid request", "message", message));
    }
}
