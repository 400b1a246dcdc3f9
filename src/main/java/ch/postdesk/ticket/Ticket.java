package ch.postdesk.ticket;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String number;

    @Column(nullable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Column(name = "customer_key")
    private String customerKey;

    @Column(name = "contact_address")
    private String contactAddress;

    @Column(name = "contact_name")
    private String contactName;

    @Column(nullable = false)
    private String language;

    @Column(name = "team_key")
    private String teamKey;

    private String priority;

    private String type;

    private String mailbox;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** Address of the agent the ticket is assigned to, or null. */
    private String assignee;

    /** When the ticket is due, as set by an agent; null when no due date is set. */
    @Column(name = "due_at")
    private Instant dueAt;

    @ElementCollection
    @CollectionTable(name = "ticket_tag", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    protected Ticket() {
    }

    public Ticket(String number, String subject, String customerKey, String contactAddress, String contactName,
            String language, String mailbox, Instant createdAt) {
        this.number = number;
        this.subject = subject;
        this.status = TicketStatus.NEW;
        this.customerKey = customerKey;
        this.contactAddress = contactAddress;
        this.contactName = contactName;
        this.language = language;
        this.mailbox = mailbox;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getSubject() {
        return subject;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public void setStatus(TicketStatus status) {
        this.status = status;
    }

    public String getCustomerKey() {
        return customerKey;
    }

    public void setCustomerKey(String customerKey) {
        this.customerKey = customerKey;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public String getContactName() {
        return contactName;
    }

    public String getLanguage() {
        return language;
    }

    public String getTeamKey() {
        return teamKey;
    }

    public void setTeamKey(String teamKey) {
        this.teamKey = teamKey;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getMailbox() {
        return mailbox;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public void setDueAt(Instant dueAt) {
        this.dueAt = dueAt;
    }

    /** Returns the ticket's tags; the set is live and changes are stored with the ticket. */
    public Set<String> getTags() {
        return tags;
    }
}
