package ch.postdesk.survey;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerSurveyScheduleRepository extends JpaRepository<CustomerSurveySchedule, String> {

    List<CustomerSurveySchedule> findByNextRunAtLessThanEqual(Instant now);
}
