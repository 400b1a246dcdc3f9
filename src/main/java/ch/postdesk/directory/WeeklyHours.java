package ch.postdesk.directory;

import ch.postdesk.directory.DirectoryFile.TimeWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recurring weekly time windows in one time zone, such as business hours or an on-call shift.
 * Times are wall-clock times of that zone, so a window keeps its local hours across daylight
 * saving changes.
 */
public final class WeeklyHours {

    private final ZoneId zone;
    private final List<Window> windows;

    private WeeklyHours(ZoneId zone, List<Window> windows) {
        this.zone = zone;
        this.windows = List.copyOf(windows);
    }

    /**
     * Parses the windows of the directory file.
     *
     * @throws IllegalArgumentException naming the invalid day or time and the expected format
     */
    public static WeeklyHours of(ZoneId zone, List<TimeWindow> windows) {
        List<Window> parsed = new ArrayList<>();
        for (TimeWindow window : windows) {
            parsed.add(Window.parse(window.days(), window.from(), window.to()));
        }
        return new WeeklyHours(zone, parsed);
    }

    /** Returns a schedule that covers every moment, used for tiers served around the clock. */
    public static WeeklyHours always(ZoneId zone) {
        return new WeeklyHours(zone, List.of(new Window(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, null)));
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isEmpty() {
        return windows.isEmpty();
    }

    /** Returns whether {@code instant} falls into one of the windows, read in this schedule's time zone. */
    public boolean contains(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        for (Window window : windows) {
            if (window.covers(local.getDayOfWeek(), local.toLocalTime())) {
                return true;
            }
        }
        return false;
    }

    /** Returns the concrete intervals of every window that starts on a day in {@code [from, until)}. */
    public List<Interval> intervals(LocalDate from, LocalDate until) {
        List<Interval> intervals = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            for (Window window : windows) {
                if (window.days().contains(day.getDayOfWeek())) {
                    Instant start = ZonedDateTime.of(day, window.from(), zone).toInstant();
                    LocalDate endDay = window.to() == null || window.crossesMidnight() ? day.plusDays(1) : day;
                    LocalTime endTime = window.to() == null ? LocalTime.MIDNIGHT : window.to();
                    intervals.add(new Interval(start, ZonedDateTime.of(endDay, endTime, zone).toInstant()));
                }
            }
        }
        return intervals;
    }

    /** A concrete stretch of time, start inclusive and end exclusive. */
    public record Interval(Instant start, Instant end) {

        boolean overlaps(Interval other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    /**
     * One window; {@code to} is null for the end of the day. A window whose {@code to} is earlier
     * than {@code from} ends on the following day.
     */
    record Window(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

        static Window parse(List<String> days, String from, String to) {
            LocalTime start = parseTime(from, "from", false);
            LocalTime end = parseTime(to, "to", true);
            if (end != null && end.equals(start)) {
                throw new IllegalArgumentException("from and to are both " + from
                        + "; use from \"00:00\" and to \"24:00\" for a whole day");
            }
            return new Window(parseDays(days), start, end);
        }

        boolean crossesMidnight() {
            return to != null && to.isBefore(from);
        }

        boolean covers(DayOfWeek day, LocalTime time) {
            if (!crossesMidnight()) {
                return days.contains(day) && !time.isBefore(from) && (to == null || time.isBefore(to));
            }
            return days.contains(day) && !time.isBefore(from) || days.contains(day.minus(1)) && time.isBefore(to);
        }
    }

    private static Set<DayOfWeek> parseDays(List<String> days) {
        if (days.isEmpty()) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> parsed = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days) {
            parsed.add(parseDay(day));
        }
        return parsed;
    }

    private static DayOfWeek parseDay(String day) {
        String normalized = day == null ? "" : day.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek candidate : DayOfWeek.values()) {
            if (candidate.name().equals(normalized) || candidate.name().substring(0, 3).equals(normalized)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("day '" + day + "' is not valid; use MON, TUE, WED, THU, FRI, SAT or SUN");
    }

    private static LocalTime parseTime(String value, String field, boolean endOfDayAllowed) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing; add a time such as \"08:00\"");
        }
        if (endOfDayAllowed && value.trim().equals("24:00")) {
            return null;
        }
        try {
            return LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + value + "' is not a time; use HH:mm such as \"08:00\""
                    + (endOfDayAllowed ? " or \"24:00\"" : ""));
        }
    }
}
