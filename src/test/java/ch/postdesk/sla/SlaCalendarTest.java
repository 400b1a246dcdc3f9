package ch.postdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.postdesk.directory.DirectoryFile.TimeWindow;
import ch.postdesk.directory.WeeklyHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working time and due times of SLA calendars, without Spring. */
class SlaCalendarTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final List<TimeWindow> OFFICE = List.of(
            new TimeWindow(List.of("MON", "TUE", "WED", "THU", "FRI"), "08:00", "18:00"));

    private static SlaCalendar office(ZoneId zone, LocalDate... holidays) {
        return SlaCalendar.businessHours(WeeklyHours.of(zone, OFFICE), Set.of(holidays));
    }

    private static Instant at(ZoneId zone, String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    @Test
    void aroundTheClockAddsWallTime() {
        SlaCalendar calendar = SlaCalendar.aroundTheClock();
        Instant start = Instant.parse("2026-12-05T23:30:00Z");

        assertThat(calendar.plusWorkingTime(start, Duration.ofHours(2))).isEqualTo("2026-12-06T01:30:00Z");
        assertThat(calendar.workingTime(start, Instant.parse("2026-12-06T01:30:00Z"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void dueCrossesEndOfBusinessDay() {
        // Tuesday 16:00 + 4 working hours: 2 h on Tuesday, 2 h from Wednesday 08:00.
        SlaCalendar calendar = office(ZURICH);

        Instant due = calendar.plusWorkingTime(at(ZURICH, "2026-12-08T16:00"), Duration.ofHours(4));

        assertThat(due).isEqualTo(at(ZURICH, "2026-12-09T10:00"));
    }

    @Test
    void dueSkipsWeekend() {
        // Friday 17:00 + 2 working hours: 1 h on Friday, 1 h from Monday 08:00.
        SlaCalendar calendar = office(ZURICH);

        Instant due = calendar.plusWorkingTime(at(ZURICH, "2026-12-11T17:00"), Duration.ofHours(2));

        assertThat(due).isEqualTo(at(ZURICH, "2026-12-14T09:00"));
    }

    @Test
    void startOutsideHoursWaitsForOpening() {
        SlaCalendar calendar = office(ZURICH);

        assertThat(calendar.plusWorkingTime(at(ZURICH, "2026-12-12T11:00"), Duration.ofMinutes(30)))
                .isEqualTo(at(ZURICH, "2026-12-14T08:30"));
        assertThat(calendar.plusWorkingTime(at(ZURICH, "2026-12-08T06:00"), Duration.ofMinutes(30)))
                .isEqualTo(at(ZURICH, "2026-12-08T08:30"));
    }

    @Test
    void dueSkipsHolidays() {
        // Thursday 24 Dec 17:00 + 3 h: 1 h on the 24th; 25 (Fri, holiday), weekend, 28 (Mon, holiday) skipped.
        SlaCalendar calendar = office(ZURICH, LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));

        Instant due = calendar.plusWorkingTime(at(ZURICH, "2026-12-24T17:00"), Duration.ofHours(3));

        assertThat(due).isEqualTo(at(ZURICH, "2026-12-29T10:00"));
    }

    @Test
    void holidayDoesNotCountAsWorkingTime() {
        SlaCalendar calendar = office(ZURICH, LocalDate.of(2026, 12, 25));

        Duration worked = calendar.workingTime(at(ZURICH, "2026-12-24T12:00"), at(ZURICH, "2026-12-29T12:00"));

        // 24th: 6 h; 25th holiday; weekend; 28th: 10 h; 29th: 4 h.
        assertThat(worked).isEqualTo(Duration.ofHours(20));
    }

    @Test
    void hoursAreReadInCustomerTimeZone() {
        // 15:00 UTC on a Monday is 10:00 in New York and 16:00 in Zurich. Three working hours end
        // at 13:00 in New York (18:00 UTC), but in Zurich they take 2 h on Monday and 1 h on Tuesday.
        Instant start = Instant.parse("2026-12-07T15:00:00Z");

        assertThat(office(NEW_YORK).plusWorkingTime(start, Duration.ofHours(3)))
                .isEqualTo(Instant.parse("2026-12-07T18:00:00Z"));
        assertThat(office(ZURICH).plusWorkingTime(start, Duration.ofHours(3)))
                .isEqualTo(at(ZURICH, "2026-12-08T09:00"));
    }

    @Test
    void hoursKeepLocalTimesAcrossDaylightSavingChange() {
        // Zurich switches to summer time on Sunday 29 March 2026: Friday 17:00 CET + 2 h ends
        // Monday 09:00 CEST, which is 07:00 UTC instead of 08:00 UTC.
        SlaCalendar calendar = office(ZURICH);

        Instant due = calendar.plusWorkingTime(at(ZURICH, "2026-03-27T17:00"), Duration.ofHours(2));

        assertThat(due).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void overnightWindowsCountAcrossMidnight() {
        WeeklyHours night = WeeklyHours.of(ZURICH, List.of(new TimeWindow(List.of(), "22:00", "06:00")));
        SlaCalendar calendar = SlaCalendar.businessHours(night, Set.of());

        assertThat(calendar.plusWorkingTime(at(ZURICH, "2026-12-08T23:00"), Duration.ofHours(8)))
                .isEqualTo(at(ZURICH, "2026-12-09T23:00"));
    }

    @Test
    void emptyHoursAreRejected() {
        assertThatThrownBy(() -> SlaCalendar.businessHours(WeeklyHours.of(ZURICH, List.of()), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("24x7");
    }
}
