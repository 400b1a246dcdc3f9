package ch.postdesk.directory;

import java.time.Instant;
import java.util.List;

/**
 * A team's follow-the-sun on-call schedule: which address to page at a given moment. Each window
 * is read in its own time zone; the validator guarantees that no two windows overlap, so at most
 * one window covers any moment.
 */
public final class OnCallSchedule {

    private final List<Slot> slots;
    private final String defaultAddress;

    OnCallSchedule(List<Slot> slots, String defaultAddress) {
        this.slots = List.copyOf(slots);
        this.defaultAddress = defaultAddress;
    }

    /** Returns the on-call address at {@code instant}: the covering window's, else the default address. */
    public OnCallTarget at(Instant instant) {
        for (Slot slot : slots) {
            if (slot.hours().contains(instant)) {
                return new OnCallTarget(slot.address(), slot.name());
            }
        }
        return new OnCallTarget(defaultAddress, "default");
    }

    List<Slot> slots() {
        return slots;
    }

    /** One window of the schedule with the address it pages. */
    record Slot(String name, WeeklyHours hours, String address) {
    }

    /**
     * The result of a schedule lookup.
     *
     * @param address address to page, or null when the schedule has no default and no window covers the moment
     * @param window name of the covering window, or {@code default}
     */
    public record OnCallTarget(String address, String window) {
    }
}
