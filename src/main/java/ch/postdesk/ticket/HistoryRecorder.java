package ch.postdesk.ticket;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Writes ticket history events in the caller's transaction. */
@Component
public class HistoryRecorder {

    private final HistoryEventRepository events;
    private final Clock clock;

    public HistoryRecorder(HistoryEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(Ticket ticket, String type, String actor, String detail) {
        events.save(new HistoryEvent(ticket.getId(), type, actor, detail, clock.instant()));
    }
}
