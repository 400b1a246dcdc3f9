package ch.postdesk.threading;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageIndexRepository extends JpaRepository<MessageIndexEntry, Long> {

    Optional<MessageIndexEntry> findByMessageIdHash(String messageIdHash);

    List<MessageIndexEntry> findByMessageIdHashIn(Collection<String> messageIdHashes);
}
