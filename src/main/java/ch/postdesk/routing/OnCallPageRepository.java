package ch.postdesk.routing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OnCallPageRepository extends JpaRepository<OnCallPage, Long> {

    /** Returns the pages that nobody acknowledged and that were sent at or before {@code pagedBefore}. */
    @Query("""
            select p from OnCallPage p
            where p.acknowledgedAt is null and p.escalatedAt is null and p.pagedAt <= :pagedBefore
            order by p.pagedAt
            """)
    List<OnCallPage> findOverdue(@Param("pagedBefore") Instant pagedBefore);

    /** Marks every open page of a ticket as acknowledged; returns how many were open. */
    @Modifying
    @Query("""
            update OnCallPage p set p.acknowledgedAt = :at, p.acknowledgedBy = :by
            where p.ticketId = :ticketId and p.acknowledgedAt is null
            """)
    int acknowledge(@Param("ticketId") Long ticketId, @Param("by") String by, @Param("at") Instant at);

    /**
     * Claims one page for escalation; returns 1 when this caller claimed it and 0 when it was
     * acknowledged or escalated in the meantime, so that each page is escalated once across instances.
     */
    @Modifying
    @Query("""
            update OnCallPage p set p.escalatedAt = :at, p.escalatedTo = :to
            where p.id = :id and p.acknowledgedAt is null and p.escalatedAt is null
            """)
    int claimEscalation(@Param("id") Long id, @Param("to") String to, @Param("at") Instant at);

    List<OnCallPage> findByTicketIdOrderById(Long ticketId);
}
