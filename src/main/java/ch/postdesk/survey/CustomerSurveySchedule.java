package ch.postdesk.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** When the next customer-level survey goes to every contact of a customer, and how often it repeats. */
@Entity
@Table(name = "customer_survey_schedule")
public class CustomerSurveySchedule {

    @Id
    @Column(name = "customer_key")
    private String customerKey;

    @Column(name = "interval_days", nullable = false)
    private int intervalDays;

    @Column(name = "next_run_at", nullable = false)
    private Instant nextRunAt;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Version
    private long version;

    protected CustomerSurveySchedule() {
    }

    public CustomerSurveySchedule(String customerKey, int intervalDays, Instant nextRunAt) {
        this.customerKey = customerKey;
        this.intervalDays = intervalDays;
        this.nextRunAt = nextRunAt;
    }

    public void reschedule(int newIntervalDays, Instant newNextRunAt) {
        this.intervalDays = newIntervalDays;
        this.nextRunAt = newNextRunAt;
    }

    /** Records a run at {@code now} and moves the next run one interval after it. */
    public void ran(Instant now) {
        this.lastRunAt = now;
        this.nextRunAt = now.plus(java.time.Duration.ofDays(intervalDays));
    }

    public String getCustomerKey() {
        return customerKey;
    }

    public int getIntervalDays() {
        return intervalDays;
    }

    public Instant getNextRunAt() {
        return nextRunAt;
    }

    public Instant getLastRunAt() {
        return lastRunAt;
    }
}
