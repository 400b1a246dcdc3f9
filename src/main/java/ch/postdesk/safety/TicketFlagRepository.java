package ch.postdesk.safety;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketFlagRepository extends JpaRepository<TicketFlag, Long> {

    List<TicketFlag> findByClearedAtIsNullOrderByCreatedAtDesc();

    List<TicketFlag> findByTicketIdOrderById(Long ticketId);
}
