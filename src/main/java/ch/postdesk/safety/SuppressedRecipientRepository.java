package ch.postdesk.safety;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SuppressedRecipientRepository extends JpaRepository<SuppressedRecipient, Long> {

    Optional<SuppressedRecipient> findByAddress(String address);

    List<SuppressedRecipient> findByUntilAfterOrderByCreatedAtDesc(Instant now);
}
