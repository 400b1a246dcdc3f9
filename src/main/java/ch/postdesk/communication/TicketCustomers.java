package ch.postdesk.communication;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.sla.SlaPolicy;
import ch.postdesk.sla.SlaPolicyService;
import ch.postdesk.ticket.Ticket;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the communication rules need to know about a ticket's customer: who may speak for it, its
 * tier timing, its time zone and how dates are written in its language.
 */
@Component
public class TicketCustomers {

    private final DirectoryService directory;
    private final CommunicationProperties properties;
    private final SlaPolicyService slaPolicies;

    public TicketCustomers(DirectoryService directory, CommunicationProperties properties,
            SlaPolicyService slaPolicies) {
        this.directory = directory;
        this.slaPolicies = slaPolicies;
        this.properties = properties;
    }

    public Optional<Customer> customer(Ticket ticket) {
        return directory.current().customer(ticket.getCustomerKey());
    }

    /**
     * Returns whether {@code address} may act for the ticket's customer: an address or domain of
     * that customer in the directory, or the ticket's contact when the ticket has no customer.
     */
    public boolean speaksFor(Ticket ticket, String address) {
        if (address == null) {
            return false;
        }
        if (ticket.getCustomerKey() == null) {
            return ticket.getContactAddress() != null && Directory.normalize(address)
                    .equals(Directory.normalize(ticket.getContactAddress()));
        }
        return directory.current().customerForAddress(address)
                .map(customer -> customer.key().equals(ticket.getCustomerKey()))
                .orElse(false);
    }

    public CommunicationProperties.Tier tier(Ticket ticket) {
        return properties.tier(customer(ticket).map(Customer::tier).orElse(null));
    }

    /** Returns the public holidays of the SLA policy that covers the ticket; none when no policy does. */
    public Set<LocalDate> holidays(Ticket ticket) {
        String tier = customer(ticket).map(Customer::tier).orElse(null);
        return slaPolicies.current().find(tier, ticket.getPriority())
                .map(SlaPolicy::holidays)
                .orElse(Set.of());
    }

    /** The customer's time zone, else the company's default time zone, else UTC. */
    public ZoneId zone(Ticket ticket) {
        String zone = customer(ticket).map(Customer::timeZone).orElse(null);
        if (zone == null && directory.current().file().company() != null) {
            zone = directory.current().file().company().defaultTimeZone();
        }
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** Writes a date in the ticket's language and the customer's time zone, such as "Tuesday, 8 December 2026". */
    public String date(Ticket ticket, Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(Locale.forLanguageTag(ticket.getLanguage()))
                .format(instant.atZone(zone(ticket)));
    }

    /** Writes a date and time in the ticket's language and the customer's time zone. */
    public String dateTime(Ticket ticket, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(ticket.getLanguage()))
                .format(instant.atZone(zone(ticket)));
    }
}
