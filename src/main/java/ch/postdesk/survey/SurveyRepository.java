package ch.postdesk.survey;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SurveyRepository extends JpaRepository<Survey, Long> {

    List<Survey> findByTicketIdOrderByIdDesc(Long ticketId);

    List<Survey> findByCustomerKeyAndKindOrderBySentAtDesc(String customerKey, Survey.Kind kind);

    /** Loads a survey with a row lock, so that two answers to one survey apply one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Survey s where s.id = :id")
    Optional<Survey> findByIdForUpdate(@Param("id") Long id);
}
