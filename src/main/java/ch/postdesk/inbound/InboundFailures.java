package ch.postdesk.inbound;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Decides whether an inbound failure is transient: the database was unreachable, busy or
 * locked, so the same mail will likely succeed later and must stay where it is. Every other
 * failure is a problem of the mail itself and sends it to quarantine.
 */
@Component("inboundFailures")
public class InboundFailures {

    public boolean isTransient(Exchange exchange) {
        Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (caught == null) {
            caught = exchange.getException();
        }
        return isTransient(caught);
    }

    static boolean isTransient(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }
}
