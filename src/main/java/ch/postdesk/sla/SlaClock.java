package ch.postdesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One SLA clock of a ticket. The working time consumed and the start of the current run are
 * stored; {@link SlaTimer} does the arithmetic. {@code warnAt} and {@code dueAt} are cached for
 * the running clock so that the monitor can query due clocks.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock {

    /** Measured span of a clock. */
    public enum Kind {
        /** From creation to the first customer-visible answer. */
        FIRST_RESPONSE,
        /** From one customer-visible answer to the next while the ticket is open. */
        NEXT_UPDATE,
        /** From creation to resolution. */
        RESOLUTION;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Life cycle of a clock; a breach is recorded in {@code breachedAt} and does not stop it. */
    public enum State {
        RUNNING, PAUSED, MET, STOPPED;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String policy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "target_seconds", nullable = false)
    private long targetSeconds;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "running_since")
    private Instant runningSince;

    @Column(name = "elapsed_seconds", nullable = false)
    private long elapsedSeconds;

    @Column(name = "warn_at")
    private Instant warnAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "breached_at")
    private Instant breachedAt;

    @Column(name = "met_at")
    private Instant metAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Version
    private long version;

    protected SlaClock() {
    }

    SlaClock(Long ticketId, Kind kind) {
        this.ticketId = ticketId;
        this.kind = kind;
    }

    /** Starts (or restarts) the clock at {@code now} with the policy's target. */
    void start(SlaPolicy policy, Duration target, SlaCalendar calendar, Instant now) {
        this.policy = policy.name();
        this.targetSeconds = target.toSeconds();
        this.state = State.RUNNING;
        this.startedAt = now;
        this.runningSince = now;
        this.elapsedSeconds = 0;
        this.warnedAt = null;
        this.breachedAt = null;
        this.metAt = null;
        this.stoppedAt = null;
        store(timer(calendar, policy.warningPercent()));
    }

    void pause(SlaCalendar calendar, int warningPercent, Instant now) {
        SlaTimer timer = timer(calendar, warningPercent);
        timer.pause(now);
        state = State.PAUSED;
        store(timer);
    }

    void resume(SlaCalendar calendar, int warningPercent, Instant now) {
        SlaTimer timer = timer(calendar, warningPercent);
        timer.resume(now);
        state = State.RUNNING;
        metAt = null;
        stoppedAt = null;
        store(timer);
    }

    /**
     * Moves the clock to another policy. The time counted so far stays, measured with the old
     * calendar up to {@code now}. A running clock then counts on with the new calendar towards the
     * new target. A warning that was given is cleared so that it can come again for the new target,
     * unless the clock is already breached.
     */
    void retarget(SlaPolicy newPolicy, Duration newTarget, SlaCalendar oldCalendar, SlaCalendar newCalendar,
            Instant now) {
        boolean running = state == State.RUNNING;
        if (running) {
            SlaTimer timer = timer(oldCalendar, newPolicy.warningPercent());
            timer.pause(now);
            store(timer);
        }
        policy = newPolicy.name();
        targetSeconds = newTarget.toSeconds();
        warnAt = null;
        dueAt = null;
        if (breachedAt == null) {
            warnedAt = null;
        }
        if (running) {
            SlaTimer timer = timer(newCalendar, newPolicy.warningPercent());
            timer.resume(now);
            store(timer);
            // A threshold that the counted time has passed already has no moment ahead. It is due
            // now, so that the monitor warns or breaches at its next run.
            warnAt = warnAt == null ? now : warnAt;
            dueAt = dueAt == null ? now : dueAt;
        }
    }

    /** Records the ticket's new policy on a clock that has ended; its target and times stay. */
    void relabel(SlaPolicy newPolicy) {
        policy = newPolicy.name();
    }

    /** Ends the clock: {@code met} when its goal was reached, else stopped because it no longer applies. */
    void finish(SlaCalendar calendar, int warningPercent, Instant now, boolean met) {
        SlaTimer timer = timer(calendar, warningPercent);
        timer.pause(now);
        store(timer);
        state = met ? State.MET : State.STOPPED;
        if (met) {
            metAt = now;
        } else {
            stoppedAt = now;
        }
        warnAt = null;
        dueAt = null;
    }

    void warned(Instant now) {
        warnedAt = now;
    }

    void breached(Instant now) {
        breachedAt = now;
    }

    SlaTimer timer(SlaCalendar calendar, int warningPercent) {
        return new SlaTimer(calendar, target(), warningPercent, runningSince, Duration.ofSeconds(elapsedSeconds));
    }

    private void store(SlaTimer timer) {
        runningSince = timer.runningSince();
        elapsedSeconds = timer.elapsedBefore().toSeconds();
        if (timer.isRunning()) {
            // A threshold reached in an earlier run keeps its moment, so that the API still shows it.
            warnAt = timer.warnAt().orElse(warnAt);
            dueAt = timer.dueAt().orElse(dueAt);
        }
    }

    public boolean isActive() {
        return state == State.RUNNING || state == State.PAUSED;
    }

    public Duration target() {
        return Duration.ofSeconds(targetSeconds);
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getPolicy() {
        return policy;
    }

    public State getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getRunningSince() {
        return runningSince;
    }

    public long getElapsedSeconds() {
        return elapsedSeconds;
    }

    public Instant getWarnAt() {
        return warnAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }

    public Instant getMetAt() {
        return metAt;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }
}
