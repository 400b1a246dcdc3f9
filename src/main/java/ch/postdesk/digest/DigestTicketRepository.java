package ch.postdesk.digest;

import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Ticket queries of the overviews and digests. */
interface DigestTicketRepository extends Repository<Ticket, Long> {

    @Query("""
            select t from Ticket t where t.customerKey = :customer and t.status not in :excluded
            order by t.createdAt, t.id""")
    List<Ticket> openOfCustomer(@Param("customer") String customer,
            @Param("excluded") Collection<TicketStatus> excluded);

    @Query("""
            select t from Ticket t where t.teamKey = :team and t.status not in :excluded
            order by t.createdAt, t.id""")
    List<Ticket> openOfTeam(@Param("team") String team, @Param("excluded") Collection<TicketStatus> excluded);

    @Query("""
            select t from Ticket t where t.customerKey = :customer and t.createdAt >= :from and t.createdAt < :to
              and t.status <> ch.postdesk.ticket.TicketStatus.SPAM
            order by t.createdAt, t.id""")
    List<Ticket> createdOfCustomer(@Param("customer") String customer, @Param("from") Instant from,
            @Param("to") Instant to);

    @Query("select t from Ticket t where t.id in :ids order by t.createdAt, t.id")
    List<Ticket> byIds(@Param("ids") Collection<Long> ids);
}
