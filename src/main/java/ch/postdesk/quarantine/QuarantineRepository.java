package ch.postdesk.quarantine;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarantineRepository extends JpaRepository<QuarantinedMail, Long> {

    List<QuarantinedMail> findByStatusOrderByIdDesc(QuarantinedMail.Status status);

    List<QuarantinedMail> findAllByOrderByIdDesc();
}
