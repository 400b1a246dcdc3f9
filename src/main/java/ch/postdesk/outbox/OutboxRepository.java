package ch.postdesk.outbox;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /**
     * Selects due mail and locks the rows; rows locked by another instance are skipped, so that
     * two instances never claim the same mail.
     */
    @Query(value = """
            select id from outbox_message
            where status = 'PENDING' and next_attempt_at <= :now
              and (lease_until is null or lease_until < :now)
            order by id
            limit :limit
            for update skip locked
            """, nativeQuery = true)
    List<Long> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    @Modifying
    @Query(value = "update outbox_message set lease_until = :leaseUntil where id in (:ids)", nativeQuery = true)
    int lease(@Param("ids") List<Long> ids, @Param("leaseUntil") Instant leaseUntil);

    List<OutboxMessage> findByTicketIdOrderById(Long ticketId);

    long countByStatus(OutboxMessage.Status status);
}
