package ch.postdesk.communication;

import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.communication.FollowUpPlanner.Action;
import ch.postdesk.communication.FollowUpPlanner.State;
import ch.postdesk.ticket.TicketStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Timing of still-in-progress updates and reminders in business days of the customer's time zone. */
class FollowUpPlannerTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final CommunicationProperties.Tier TIER = new CommunicationProperties.Tier(2, 3, 6, 10);

    /** Thursday, 3 December 2026, 10:00 in Zurich. */
    private static final Instant THURSDAY = ZonedDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZURICH).toInstant();

    private static Instant at(int day, int hour) {
        return ZonedDateTime.of(2026, 12, day, hour, 0, 0, 0, ZURICH).toInstant();
    }

    @Test
    void businessDaysSkipWeekend() {
        assertThat(BusinessDays.add(THURSDAY, 2, ZURICH)).isEqualTo(at(7, 10));
        assertThat(BusinessDays.add(at(5, 9), 1, ZURICH)).isEqualTo(at(7, 9));
    }

    @Test
    void businessDaysSkipHolidays() {
        // Christmas 2026 is a Friday: two business days after Thursday 24 December end on Tuesday.
        java.util.Set<java.time.LocalDate> holidays = java.util.Set.of(java.time.LocalDate.of(2026, 12, 25));
        Instant christmasEve = at(24, 10);

        assertThat(BusinessDays.add(christmasEve, 2, ZURICH, holidays)).isEqualTo(at(29, 10));
        assertThat(BusinessDays.add(christmasEve, 2, ZURICH)).isEqualTo(at(28, 10));
    }

    @Test
    void businessDaysUseCustomerTimeZone() {
        // Friday 23:30 in Zurich is already Saturday morning in Tokyo, so one business day there ends on Monday.
        Instant fridayNight = at(4, 23).plusSeconds(1800);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        assertThat(BusinessDays.add(fridayNight, 1, tokyo).atZone(tokyo).getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(BusinessDays.add(fridayNight, 1, ZURICH).atZone(ZURICH).getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void stillInProgressDueAfterBusinessDays() {
        State state = new State(TicketStatus.WAITING_TEAM, THURSDAY, null, 0, null);

        assertThat(FollowUpPlanner.due(state, TIER, ZURICH, at(7, 9))).isEqualTo(Action.NONE);
        assertThat(FollowUpPlanner.due(state, TIER, ZURICH, at(7, 10))).isEqualTo(Action.STILL_IN_PROGRESS);
    }

    @Test
    void agentMailPostponesStillInProgress() {
        State state = new State(TicketStatus.WAITING_TEAM, THURSDAY, null, 0, at(4, 15));

        assertThat(FollowUpPlanner.due(state, TIER, ZURICH, at(7, 10))).isEqualTo(Action.NONE);
        assertThat(FollowUpPlanner.due(state, TIER, ZURICH, at(8, 15))).isEqualTo(Action.STILL_IN_PROGRESS);
    }

    @Test
    void lastUpdateRestartsPeriod() {
        State state = new State(TicketStatus.WAITING_TEAM, THURSDAY, at(7, 10), 0, null);

        assertThat(FollowUpPlanner.due(state, TIER, ZURICH, at(8, 10))).isEqualTo(Action.NONE);
        assertThat(FollowUpPlanner.due(state, TIER, ZURICH, at(9, 10))).isEqualTo(Action.STILL_IN_PROGRESS);
    }

    @Test
    void remindersThenAutoResolve() {
        assertThat(FollowUpPlanner.due(waiting(0), TIER, ZURICH, at(8, 9))).isEqualTo(Action.NONE);
        assertThat(FollowUpPlanner.due(waiting(0), TIER, ZURICH, at(8, 10))).isEqualTo(Action.FIRST_REMINDER);
        assertThat(FollowUpPlanner.due(waiting(1), TIER, ZURICH, at(10, 10))).isEqualTo(Action.NONE);
        assertThat(FollowUpPlanner.due(waiting(1), TIER, ZURICH, at(11, 10))).isEqualTo(Action.SECOND_REMINDER);
        assertThat(FollowUpPlanner.due(waiting(2), TIER, ZURICH, at(16, 10))).isEqualTo(Action.NONE);
        assertThat(FollowUpPlanner.due(waiting(2), TIER, ZURICH, at(17, 10))).isEqualTo(Action.AUTO_RESOLVE);
    }

    @Test
    void otherStatusesHaveNoFollowUp() {
        State open = new State(TicketStatus.OPEN, THURSDAY, null, 0, null);

        assertThat(FollowUpPlanner.due(open, TIER, ZURICH, at(31, 10))).isEqualTo(Action.NONE);
    }

    private static State waiting(int remindersSent) {
        return new State(TicketStatus.WAITING_CUSTOMER, THURSDAY, null, remindersSent, null);
    }
}
