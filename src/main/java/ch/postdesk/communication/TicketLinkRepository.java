package ch.postdesk.communication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketLinkRepository extends JpaRepository<TicketLink, Long> {

    List<TicketLink> findByTicketIdOrLinkedTicketIdOrderById(Long ticketId, Long linkedTicketId);
}
