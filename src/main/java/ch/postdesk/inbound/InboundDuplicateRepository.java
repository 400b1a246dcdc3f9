package ch.postdesk.inbound;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InboundDuplicateRepository extends JpaRepository<InboundDuplicate, Long> {

    List<InboundDuplicate> findByMessageId(String messageId);
}
