package ch.postdesk.ticket;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes ticket history events in the caller's transaction and publishes each as {@link HistoryRecorded}. */
@Component
public class HistoryRecorder {

    private final HistoryEventRepository events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    public HistoryRecorder(HistoryEventRepository events, Clock clock, ApplicationEventPublisher publisher) {
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    public void record(Ticket ticket, String type, String actor, String detail) {
        events.save(new HistoryEvent(ticket.getId(), type, actor, detail, clock.instant()));
        publisher.publishEvent(new HistoryRecorded(ticket, type, actor, detail));
    }
}
