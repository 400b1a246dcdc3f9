package ch.postdesk.communication;

import ch.postdesk.ticket.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The follow-up timers of one ticket. {@link #status} is the ticket status the timers refer to;
 * when the ticket's status differs (it was changed by a part of Postdesk that does not go through
 * {@link StatusChangeService}), {@link #sync} restarts the timers.
 */
@Entity
@Table(name = "ticket_communication")
public class CommunicationState {

    @Id
    @Column(name = "ticket_id")
    private Long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "last_progress_update_at")
    private Instant lastProgressUpdateAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected CommunicationState() {
    }

    public CommunicationState(Long ticketId, TicketStatus status, Instant now) {
        this.ticketId = ticketId;
        restart(status, now);
    }

    /** Restarts the timers for {@code status}, entered at {@code now}. */
    public void restart(TicketStatus newStatus, Instant now) {
        this.status = newStatus;
        this.statusSince = now;
        this.lastProgressUpdateAt = null;
        this.remindersSent = 0;
        if (newStatus == TicketStatus.RESOLVED || newStatus == TicketStatus.CLOSED) {
            if (resolvedAt == null) {
                resolvedAt = now;
            }
        } else {
            resolvedAt = null;
        }
    }

    /** Restarts the timers when the ticket's status is no longer the one they refer to. */
    public void sync(TicketStatus ticketStatus, Instant now) {
        if (ticketStatus != status) {
            restart(ticketStatus, now);
        }
    }

    public Long getTicketId() {
        return ticketId;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public Instant getLastProgressUpdateAt() {
        return lastProgressUpdateAt;
    }

    public void progressUpdateSent(Instant now) {
        this.lastProgressUpdateAt = now;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public void reminderSent() {
        this.remindersSent++;
    }

    /** When the ticket was resolved or, if closed without being resolved first, closed; null otherwise. */
    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
