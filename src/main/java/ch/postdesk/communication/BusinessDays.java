package ch.postdesk.communication;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Business-day arithmetic in a customer's time zone. Business days are Monday to Friday, without
 * the public holidays of the customer's SLA calendar.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    /**
     * Returns the instant {@code days} business days after {@code start}, at the same local time.
     * A start on a weekend counts from that weekend, so one business day after Saturday is Monday.
     */
    public static Instant add(Instant start, int days, ZoneId zone) {
        return add(start, days, zone, Set.of());
    }

    /** Returns the instant {@code days} business days after {@code start}, skipping {@code holidays} too. */
    public static Instant add(Instant start, int days, ZoneId zone, Set<LocalDate> holidays) {
        ZonedDateTime time = start.atZone(zone);
        int added = 0;
        while (added < days) {
            time = time.plusDays(1);
            if (isBusinessDay(time) && !holidays.contains(time.toLocalDate())) {
                added++;
            }
        }
        return time.toInstant();
    }

    static boolean isBusinessDay(ZonedDateTime time) {
        DayOfWeek day = time.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
