package ch.postdesk.communication;

import ch.postdesk.ticket.TicketStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommunicationStateRepository extends JpaRepository<CommunicationState, Long> {

    /** Returns the ids of tickets in {@code statuses}, oldest first; the job checks each one in its own transaction. */
    @Query("select t.id from Ticket t where t.status in :statuses order by t.updatedAt asc, t.id asc")
    List<Long> ticketIdsInStatus(@Param("statuses") Collection<TicketStatus> statuses);

    /** Returns when a person last wrote to the ticket's customer: an outbound, non-automatic, non-internal article. */
    @Query("""
            select max(a.createdAt) from Article a
            where a.ticket.id = :ticketId and a.direction = ch.postdesk.ticket.Article.Direction.OUTBOUND
              and a.automatic = false and a.internal = false""")
    Instant lastPersonalMail(@Param("ticketId") Long ticketId);
}
