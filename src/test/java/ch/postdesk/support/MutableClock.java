package ch.postdesk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs with the system clock, shifted by an offset that tests set. Time keeps
 * passing, so polling and backoff still work, but a test can move "now" to any moment, for
 * example a Saturday night, and forward past a timeout without sleeping. Tests that move it
 * must {@link #reset()} it afterwards, because the integration context is shared.
 */
public final class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Makes {@link #instant()} return {@code now} at this moment and run on from there. */
    public void setInstant(Instant now) {
        offset = Duration.between(Instant.now(), now);
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
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
        throw new UnsupportedOperationException("MutableClock is always UTC");
    }
}
