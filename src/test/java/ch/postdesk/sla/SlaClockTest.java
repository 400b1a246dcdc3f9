package ch.postdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");
    private static final SlaCalendar ALWAYS = SlaCalendar.aroundTheClock();

    private static SlaPolicy policy(String name, Duration firstResponse) {
        return new SlaPolicy(name, null, List.of(), true, Set.of(), firstResponse, null, Duration.ofDays(3), 80);
    }

    @Test
    void retargetKeepsCountedTime() {
        SlaClock clock = new SlaClock(1L, SlaClock.Kind.FIRST_RESPONSE);
        clock.start(policy("slow", Duration.ofHours(4)), Duration.ofHours(4), ALWAYS, START);

        clock.retarget(policy("fast", Duration.ofHours(2)), Duration.ofHours(2), ALWAYS, ALWAYS,
                START.plus(Duration.ofHours(1)));

        assertThat(clock.getPolicy()).isEqualTo("fast");
        assertThat(clock.target()).isEqualTo(Duration.ofHours(2));
        assertThat(clock.getDueAt()).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(clock.getWarnAt()).isEqualTo(START.plus(Duration.ofMinutes(96)));
    }

    @Test
    void retargetBelowCountedTimeIsDueNow() {
        SlaClock clock = new SlaClock(1L, SlaClock.Kind.FIRST_RESPONSE);
        clock.start(policy("slow", Duration.ofHours(4)), Duration.ofHours(4), ALWAYS, START);
        Instant now = START.plus(Duration.ofHours(1));

        clock.retarget(policy("urgent", Duration.ofMinutes(30)), Duration.ofMinutes(30), ALWAYS, ALWAYS, now);

        assertThat(clock.getDueAt()).isEqualTo(now);
        assertThat(clock.getWarnAt()).isEqualTo(now);
    }

    @Test
    void retargetOfPausedClockSetsNoDueTime() {
        SlaClock clock = new SlaClock(1L, SlaClock.Kind.RESOLUTION);
        clock.start(policy("slow", Duration.ofHours(4)), Duration.ofDays(3), ALWAYS, START);
        clock.pause(ALWAYS, 80, START.plus(Duration.ofHours(1)));

        clock.retarget(policy("fast", Duration.ofHours(2)), Duration.ofDays(1), ALWAYS, ALWAYS,
                START.plus(Duration.ofHours(5)));
        clock.resume(ALWAYS, 80, START.plus(Duration.ofHours(10)));

        assertThat(clock.getState()).isEqualTo(SlaClock.State.RUNNING);
        assertThat(clock.getDueAt()).isEqualTo(START.plus(Duration.ofHours(10 + 23)));
    }
}
