package ch.postdesk.approval;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

    List<ApprovalRequest> findByTicketIdOrderByIdDesc(Long ticketId);

    List<ApprovalRequest> findByTicketIdAndStatus(Long ticketId, ApprovalRequest.Status status);

    /** Loads a request with a row lock, so that two decisions on one request apply one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ApprovalRequest r where r.id = :id")
    Optional<ApprovalRequest> findByIdForUpdate(@Param("id") Long id);
}
