package ch.postdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.directory.DirectoryFile.TimeWindow;
import ch.postdesk.directory.WeeklyHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pauses, warnings and breaches of one SLA clock, without Spring. */
class SlaTimerTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final SlaCalendar OFFICE = SlaCalendar.businessHours(WeeklyHours.of(LONDON,
            List.of(new TimeWindow(List.of("MON", "TUE", "WED", "THU", "FRI"), "09:00", "17:00"))), Set.of());

    private static Instant london(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), LONDON).toInstant();
    }

    @Test
    void warningAndDueOfRunningClock() {
        SlaTimer timer = SlaTimer.startedAt(OFFICE, Duration.ofHours(8), 75, london("2026-12-07T13:00"));

        assertThat(timer.warnAt()).contains(london("2026-12-08T11:00"));
        assertThat(timer.dueAt()).contains(london("2026-12-08T13:00"));
        assertThat(timer.isWarningReached(london("2026-12-08T10:59"))).isFalse();
        assertThat(timer.isWarningReached(london("2026-12-08T11:00"))).isTrue();
        assertThat(timer.isBreached(london("2026-12-08T12:59"))).isFalse();
        assertThat(timer.isBreached(london("2026-12-08T13:00"))).isTrue();
    }

    @Test
    void pauseKeepsConsumedTimeAndResumeShiftsDue() {
        SlaTimer timer = SlaTimer.startedAt(OFFICE, Duration.ofHours(8), 80, london("2026-12-07T09:00"));

        timer.pause(london("2026-12-07T12:00"));

        assertThat(timer.isRunning()).isFalse();
        assertThat(timer.dueAt()).isEmpty();
        assertThat(timer.elapsed(london("2026-12-10T12:00"))).isEqualTo(Duration.ofHours(3));

        // Waiting for the customer from Monday noon to Thursday 15:00 does not count.
        timer.resume(london("2026-12-10T15:00"));

        assertThat(timer.dueAt()).contains(london("2026-12-11T12:00"));
        assertThat(timer.elapsed(london("2026-12-10T17:00"))).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void pauseOverWeekendAndResumeOutsideHours() {
        SlaTimer timer = SlaTimer.startedAt(OFFICE, Duration.ofHours(4), 80, london("2026-12-11T15:00"));
        timer.pause(london("2026-12-11T16:00"));

        timer.resume(london("2026-12-13T20:00"));

        assertThat(timer.dueAt()).contains(london("2026-12-14T12:00"));
    }

    @Test
    void dueIsEmptyWhenTargetPassedBeforeResume() {
        SlaTimer timer = SlaTimer.startedAt(OFFICE, Duration.ofHours(1), 80, london("2026-12-07T09:00"));
        timer.pause(london("2026-12-07T11:00"));
        timer.resume(london("2026-12-08T09:00"));

        assertThat(timer.dueAt()).isEmpty();
        assertThat(timer.isBreached(london("2026-12-08T09:00"))).isTrue();
    }

    @Test
    void pauseAndResumeAreIdempotent() {
        SlaTimer timer = SlaTimer.startedAt(SlaCalendar.aroundTheClock(), Duration.ofHours(2), 80,
                Instant.parse("2026-12-07T00:00:00Z"));
        timer.pause(Instant.parse("2026-12-07T01:00:00Z"));
        timer.pause(Instant.parse("2026-12-07T05:00:00Z"));
        timer.resume(Instant.parse("2026-12-07T06:00:00Z"));
        timer.resume(Instant.parse("2026-12-07T06:30:00Z"));

        assertThat(timer.dueAt()).contains(Instant.parse("2026-12-07T07:00:00Z"));
        assertThat(timer.warnAt()).contains(Instant.parse("2026-12-07T06:36:00Z"));
    }
}
