package ch.postdesk.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    List<SlaClock> findByTicketIdOrderById(Long ticketId);

    Optional<SlaClock> findByTicketIdAndKind(Long ticketId, SlaClock.Kind kind);

    /** Returns the ids of tickets with a running clock whose warning or target moment has passed unrecorded. */
    @Query("""
            select distinct c.ticketId from SlaClock c
            where c.state = ch.postdesk.sla.SlaClock.State.RUNNING
              and ((c.warnedAt is null and c.warnAt <= :now) or (c.breachedAt is null and c.dueAt <= :now))
            """)
    List<Long> ticketIdsDue(@Param("now") Instant now);
}
