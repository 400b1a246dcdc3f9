package ch.postdesk.ticket;

import java.util.Locale;

/** Life-cycle states of a ticket; the API shows them in lower kebab case, such as {@code waiting-customer}. */
public enum TicketStatus {
    NEW, OPEN, WAITING_CUSTOMER, WAITING_TEAM, WITH_ACCOUNT_MANAGER, RESOLVED, CLOSED, SPAM;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses the API name or the enum name; returns null for an unknown value. */
    public static TicketStatus fromApiName(String value) {
        if (value == null) {
            return null;
        }
        String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (TicketStatus status : values()) {
            if (status.name().equals(normalized)) {
                return status;
            }
        }
        return null;
    }
}
