package ch.postdesk.sla;

import ch.postdesk.directory.WeeklyHours;
import ch.postdesk.directory.WeeklyHours.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The time in which an SLA clock runs: around the clock, or business hours without public
 * holidays. Business hours and holidays are read in the time zone of the hours (the customer's),
 * so a window keeps its local times across daylight saving changes. A holiday removes every
 * window that starts on that local date.
 */
public final class SlaCalendar {

    /** Searches at most this many days ahead for working time; a longer search means the hours are empty. */
    private static final int MAX_DAYS = 3 * 366;

    private final WeeklyHours hours;
    private final Set<LocalDate> holidays;

    private SlaCalendar(WeeklyHours hours, Set<LocalDate> holidays) {
        this.hours = hours;
        this.holidays = Set.copyOf(holidays);
    }

    /** Returns a calendar in which every moment is working time. */
    public static SlaCalendar aroundTheClock() {
        return new SlaCalendar(null, Set.of());
    }

    /**
     * Returns a calendar of {@code hours} without the local dates in {@code holidays}.
     *
     * @throws IllegalArgumentException when {@code hours} has no window
     */
    public static SlaCalendar businessHours(WeeklyHours hours, Set<LocalDate> holidays) {
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("business hours have no window, so an SLA clock would never run;"
                    + " define business hours for the customer, its tier or the company, or use calendar 24x7");
        }
        return new SlaCalendar(hours, holidays);
    }

    public boolean isAroundTheClock() {
        return hours == null;
    }

    /** Returns the time zone of the business hours, or null around the clock. */
    public ZoneId zone() {
        return hours == null ? null : hours.zone();
    }

    /** Returns the working time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration workingTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (hours == null) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        for (Interval interval : intervals(localDate(from).minusDays(1), localDate(to).plusDays(1))) {
            Instant start = interval.start().isAfter(from) ? interval.start() : from;
            Instant end = interval.end().isBefore(to) ? interval.end() : to;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /**
     * Returns the moment at which {@code amount} of working time after {@code from} has passed. A
     * zero amount returns {@code from}, also outside working time.
     *
     * @throws IllegalStateException when the calendar has no working time in the next three years
     */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
        if (hours == null || amount.isZero()) {
            return from.plus(amount);
        }
        Duration remaining = amount;
        LocalDate day = localDate(from).minusDays(1);
        LocalDate last = day.plusDays(MAX_DAYS);
        while (day.isBefore(last)) {
            LocalDate chunkEnd = day.plusDays(14);
            for (Interval interval : intervals(day, chunkEnd)) {
                if (!interval.end().isAfter(from)) {
                    continue;
                }
                Instant start = interval.start().isAfter(from) ? interval.start() : from;
                Duration available = Duration.between(start, interval.end());
                if (available.compareTo(remaining) >= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
                from = interval.end();
            }
            day = chunkEnd;
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days after " + from
                + "; check the business hours and holidays of the SLA calendar");
    }

    /** Returns the windows starting on a day in {@code [fromDay, untilDay)} that are not holidays, merged and sorted. */
    private List<Interval> intervals(LocalDate fromDay, LocalDate untilDay) {
        List<Interval> raw = new ArrayList<>();
        for (Interval interval : hours.intervals(fromDay, untilDay)) {
            if (!holidays.contains(localDate(interval.start()))) {
                raw.add(interval);
            }
        }
        raw.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval interval : raw) {
            Interval previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && !interval.start().isAfter(previous.end())) {
                if (interval.end().isAfter(previous.end())) {
                    merged.set(merged.size() - 1, new Interval(previous.start(), interval.end()));
                }
            } else {
                merged.add(interval);
            }
        }
        return merged;
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(hours.zone()).toLocalDate();
    }
}
