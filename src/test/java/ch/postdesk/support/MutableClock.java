package ch.postdesk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs with the system clock, shifted by an offset that tests set. Time keeps
 * passing, so polling and back-off of the running application still work, but a test can move
 * "now" forward past a timer measured in days, or to a given moment such as a Saturday night,
 * without sleeping. The integration context is shared, so a test that sets an absolute moment
 * calls {@link #reset()} afterwards.
 */
public final class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Makes {@link #instant()} return {@code now} at this moment and run on from there. */
    public synchronized void setInstant(Instant now) {
        offset = Duration.between(Instant.now(), now);
    }

    /** Moves the clock forward by {@code amount}; a negative amount is rejected. */
    public synchronized void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward, was " + amount);
        }
        offset = offset.plus(amount);
    }

    /** Moves the clock forward to {@code target}, or leaves it when it is already later. */
    public synchronized void advanceTo(Instant target) {
        Duration gap = Duration.between(instant(), target);
        if (!gap.isNegative()) {
            advance(gap);
        }
    }

    /** Returns to the system time. */
    public synchronized void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("MutableClock runs in UTC only");
    }
}
