package ch.postdesk.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The account manager overview of one customer and the support lead's process figures. Periods
 * are ISO-8601 instants, {@code from} inclusive and {@code to} exclusive; both default to the
 * seven days up to now.
 */
@RestController
class DigestController {

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(7);

    private final OverviewService overviews;
    private final ProcessMetricsService metrics;
    private final ch.postdesk.directory.DirectoryService directory;
    private final Clock clock;

    DigestController(OverviewService overviews, ProcessMetricsService metrics,
            ch.postdesk.directory.DirectoryService directory, Clock clock) {
        this.overviews = overviews;
        this.metrics = metrics;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/api/customers/{key}/overview")
    ResponseEntity<?> overview(@PathVariable String key, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        if (directory.current().customer(key).isEmpty()) {
            return ResponseEntity.status(404).body(Map.of("error", "not found",
                    "message", "customer " + key + " not found in the directory"));
        }
        return period(from, to, (start, end) -> ResponseEntity.ok(overviews.customer(key, start, end)));
    }

    @GetMapping("/api/metrics/process")
    ResponseEntity<?> process(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return period(from, to, (start, end) -> ResponseEntity.ok(metrics.metrics(start, end,
                directory.current().defaultZone())));
    }

    private ResponseEntity<?> period(String from, String to,
            java.util.function.BiFunction<Instant, Instant, ResponseEntity<?>> body) {
        Instant end;
        Instant start;
        try {
            end = to == null ? clock.instant() : Instant.parse(to);
            start = from == null ? end.minus(DEFAULT_PERIOD) : Instant.parse(from);
        } catch (DateTimeParseException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid period",
                    "message", "from and to must be ISO-8601 instants such as 2026-12-01T00:00:00Z"));
        }
        if (!end.isAfter(start)) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid period",
                    "message", "to (" + end + ") must be after from (" + start + ")"));
        }
        return body.apply(start, end);
    }
}
