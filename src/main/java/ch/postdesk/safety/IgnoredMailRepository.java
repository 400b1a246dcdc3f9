package ch.postdesk.safety;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IgnoredMailRepository extends JpaRepository<IgnoredMail, Long> {

    List<IgnoredMail> findAllByOrderByIdDesc(Pageable page);

    List<IgnoredMail> findByMessageId(String messageId);
}
