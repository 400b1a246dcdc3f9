package ch.postdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The arithmetic of one SLA clock: working time consumed so far, pauses, and the moments at which
 * the warning threshold and the target are reached. Plain state without persistence, so that it
 * can be tested without a database; {@link SlaClock} stores the same two values.
 */
public final class SlaTimer {

    private final SlaCalendar calendar;
    private final Duration target;
    private final int warningPercent;
    private Instant runningSince;
    private Duration elapsedBefore;

    /**
     * @param runningSince when the clock last started or resumed, or null while it is paused
     * @param elapsedBefore working time consumed before {@code runningSince}
     * @param warningPercent share of the target, 1 to 100, at which the warning is due
     */
    public SlaTimer(SlaCalendar calendar, Duration target, int warningPercent, Instant runningSince,
            Duration elapsedBefore) {
        if (warningPercent < 1 || warningPercent > 100) {
            throw new IllegalArgumentException("warningPercent must be 1 to 100, was " + warningPercent);
        }
        this.calendar = calendar;
        this.target = target;
        this.warningPercent = warningPercent;
        this.runningSince = runningSince;
        this.elapsedBefore = elapsedBefore;
    }

    /** Returns a timer that starts running at {@code start}. */
    public static SlaTimer startedAt(SlaCalendar calendar, Duration target, int warningPercent, Instant start) {
        return new SlaTimer(calendar, target, warningPercent, start, Duration.ZERO);
    }

    public boolean isRunning() {
        return runningSince != null;
    }

    public Instant runningSince() {
        return runningSince;
    }

    /** Returns the working time consumed before the current run, or in total while paused. */
    public Duration elapsedBefore() {
        return elapsedBefore;
    }

    /** Stops the clock at {@code at} and keeps the working time consumed; does nothing while paused. */
    public void pause(Instant at) {
        if (runningSince != null) {
            elapsedBefore = elapsedBefore.plus(calendar.workingTime(runningSince, at));
            runningSince = null;
        }
    }

    /** Starts the clock again at {@code at}; does nothing while it runs. */
    public void resume(Instant at) {
        if (runningSince == null) {
            runningSince = at;
        }
    }

    /** Returns the working time consumed up to {@code now}. */
    public Duration elapsed(Instant now) {
        return runningSince == null ? elapsedBefore : elapsedBefore.plus(calendar.workingTime(runningSince, now));
    }

    public Duration warningThreshold() {
        return target.multipliedBy(warningPercent).dividedBy(100);
    }

    /** Returns when the running clock reaches its target; empty while paused or when the target was reached before this run. */
    public Optional<Instant> dueAt() {
        return reachAt(target);
    }

    /** Returns when the running clock reaches the warning threshold; empty while paused or when it was reached before this run. */
    public Optional<Instant> warnAt() {
        return reachAt(warningThreshold());
    }

    public boolean isWarningReached(Instant now) {
        return elapsed(now).compareTo(warningThreshold()) >= 0;
    }

    public boolean isBreached(Instant now) {
        return elapsed(now).compareTo(target) >= 0;
    }

    private Optional<Instant> reachAt(Duration threshold) {
        if (runningSince == null) {
            return Optional.empty();
        }
        Duration remaining = threshold.minus(elapsedBefore);
        if (remaining.isNegative() || remaining.isZero()) {
            return Optional.empty();
        }
        return Optional.of(calendar.plusWorkingTime(runningSince, remaining));
    }
}
