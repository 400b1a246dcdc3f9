package ch.postdesk.safety;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AutomaticMailRepository extends JpaRepository<AutomaticMail, Long> {

    long countByRecipientAndCreatedAtAfter(String recipient, Instant since);

    long countByTicketIdAndCreatedAtAfter(Long ticketId, Instant since);
}
