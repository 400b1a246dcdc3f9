package ch.postdesk.alert;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountManagerAlertRepository extends JpaRepository<AccountManagerAlert, Long> {

    List<AccountManagerAlert> findByRecipientAndSentAtIsNullOrderById(String recipient);

    boolean existsByTicketIdAndKind(Long ticketId, AccountManagerAlert.Kind kind);

    @Query("select distinct a.recipient from AccountManagerAlert a where a.sentAt is null")
    List<String> recipientsWithPending();
}
