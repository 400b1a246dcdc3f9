package ch.postdesk.ticket;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HistoryEventRepository extends JpaRepository<HistoryEvent, Long> {

    List<HistoryEvent> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);
}
