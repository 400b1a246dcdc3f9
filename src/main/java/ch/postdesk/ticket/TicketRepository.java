package ch.postdesk.ticket;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TicketRepository extends JpaRepository<Ticket, Long> {

    Optional<Ticket> findByNumber(String number);

    /** Loads a ticket with a row lock, so that concurrent mails to one ticket apply one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Ticket t where t.id = :id")
    Optional<Ticket> findByIdForUpdate(@Param("id") Long id);

    @Query("""
            select t from Ticket t
            where (:customer is null or t.customerKey = :customer)
              and (:status is null or t.status = :status)
            order by t.createdAt desc, t.id desc
            """)
    List<Ticket> search(@Param("customer") String customer, @Param("status") TicketStatus status,
            org.springframework.data.domain.Pageable page);

    @Query(value = "select nextval(ticket_number_seq)", nativeQuery = true)
    long nextNumber();
}
