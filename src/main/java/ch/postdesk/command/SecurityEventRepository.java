package ch.postdesk.command;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findByCreatedAtGreaterThanEqualOrderByIdDesc(Instant since, Pageable page);

    List<SecurityEvent> findByTicketIdOrderByIdDesc(Long ticketId);
}
