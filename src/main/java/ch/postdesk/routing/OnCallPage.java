package ch.postdesk.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One page of a team's on-call address, with its acknowledgement and escalation. */
@Entity
@Table(name = "on_call_page")
public class OnCallPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Column(name = "team_key", nullable = false)
    private String teamKey;

    @Column(name = "window_name", nullable = false)
    private String windowName;

    @Column(nullable = false)
    private String address;

    @Column(name = "paged_at", nullable = false)
    private Instant pagedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "escalated_to")
    private String escalatedTo;

    protected OnCallPage() {
    }

    public OnCallPage(Long ticketId, String teamKey, String windowName, String address, Instant pagedAt) {
        this.ticketId = ticketId;
        this.teamKey = teamKey;
        this.windowName = windowName;
        this.address = address;
        this.pagedAt = pagedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getTeamKey() {
        return teamKey;
    }

    public String getWindowName() {
        return windowName;
    }

    public String getAddress() {
        return address;
    }

    public Instant getPagedAt() {
        return pagedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getEscalatedTo() {
        return escalatedTo;
    }
}
