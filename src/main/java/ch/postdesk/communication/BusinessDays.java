package ch.postdesk.communication;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Business-day arithmetic in a customer's time zone. Business days are Monday to Friday.
 */
// TODO: use the customer's holiday calendar once the directory offers one; public holidays count as business days now.
public final class BusinessDays {

    private BusinessDays() {
    }

    /**
     * Returns the instant {@code days} business days after {@code start}, at the same local time.
     * A start on a weekend counts from that weekend, so one business day after Saturday is Monday.
     */
    public static Instant add(Instant start, int days, ZoneId zone) {
        ZonedDateTime time = start.atZone(zone);
        int added = 0;
        while (added < days) {
            time = time.plusDays(1);
            if (isBusinessDay(time)) {
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
