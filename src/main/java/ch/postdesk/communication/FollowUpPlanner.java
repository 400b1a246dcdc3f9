package ch.postdesk.communication;

import ch.postdesk.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Decides which follow-up a ticket is due for: a still-in-progress update while it waits for a
 * team, reminders and then automatic resolution while it waits for the customer. Pure function of
 * its inputs, so that the timing is tested without a database or a clock.
 */
public final class FollowUpPlanner {

    /** What to do for a ticket now. */
    public enum Action { NONE, STILL_IN_PROGRESS, FIRST_REMINDER, SECOND_REMINDER, AUTO_RESOLVE }

    /**
     * The follow-up state of a ticket.
     *
     * @param status the ticket status the timers refer to
     * @param statusSince when the ticket entered {@code status}
     * @param lastProgressUpdate when the last still-in-progress update was sent in this status, or null
     * @param remindersSent reminders sent since the ticket started waiting for the customer
     * @param lastPersonalMail when a person last wrote to the customer in this ticket, or null
     */
    public record State(TicketStatus status, Instant statusSince, Instant lastProgressUpdate, int remindersSent,
            Instant lastPersonalMail) {
    }

    private FollowUpPlanner() {
    }

    /** Returns the action due at {@code now}; at most one action per call, so a late run catches up step by step. */
    public static Action due(State state, CommunicationProperties.Tier tier, ZoneId zone, Instant now) {
        return due(state, tier, zone, Set.of(), now);
    }

    /** Returns the action due at {@code now}, counting business days without {@code holidays}. */
    public static Action due(State state, CommunicationProperties.Tier tier, ZoneId zone, Set<LocalDate> holidays,
            Instant now) {
        if (state.status() == TicketStatus.WAITING_TEAM) {
            Instant due = BusinessDays.add(latestProgressEvent(state), tier.stillInProgressEvery(), zone, holidays);
            return now.isBefore(due) ? Action.NONE : Action.STILL_IN_PROGRESS;
        }
        if (state.status() == TicketStatus.WAITING_CUSTOMER) {
            Instant since = state.statusSince();
            if (state.remindersSent() == 0) {
                return reached(since, tier.firstReminderAfter(), zone, holidays, now) ? Action.FIRST_REMINDER : Action.NONE;
            }
            if (state.remindersSent() == 1) {
                return reached(since, tier.secondReminderAfter(), zone, holidays, now) ? Action.SECOND_REMINDER : Action.NONE;
            }
            return reached(since, tier.autoResolveAfter(), zone, holidays, now) ? Action.AUTO_RESOLVE : Action.NONE;
        }
        return Action.NONE;
    }

    /** Returns when the next still-in-progress update is due after one is sent at {@code sentAt}. */
    public static Instant nextProgressUpdate(Instant sentAt, CommunicationProperties.Tier tier, ZoneId zone,
            Set<LocalDate> holidays) {
        return BusinessDays.add(sentAt, tier.stillInProgressEvery(), zone, holidays);
    }

    /** Returns when a ticket that waits for the customer since {@code since} is resolved automatically. */
    public static Instant autoResolveAt(Instant since, CommunicationProperties.Tier tier, ZoneId zone,
            Set<LocalDate> holidays) {
        return BusinessDays.add(since, tier.autoResolveAfter(), zone, holidays);
    }

    /** The period restarts with the status change, the last update, or a person's mail to the customer. */
    private static Instant latestProgressEvent(State state) {
        Instant latest = state.statusSince();
        if (state.lastProgressUpdate() != null && state.lastProgressUpdate().isAfter(latest)) {
            latest = state.lastProgressUpdate();
        }
        if (state.lastPersonalMail() != null && state.lastPersonalMail().isAfter(latest)) {
            latest = state.lastPersonalMail();
        }
        return latest;
    }

    private static boolean reached(Instant since, int businessDays, ZoneId zone, Set<LocalDate> holidays,
            Instant now) {
        return !now.isBefore(BusinessDays.add(since, businessDays, zone, holidays));
    }
}
