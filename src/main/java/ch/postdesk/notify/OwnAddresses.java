package ch.postdesk.notify;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.inbound.InboundProperties;
import ch.postdesk.outbox.OutboundProperties;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every address that belongs to Postdesk or the company's staff: support mailboxes, the
 * outbound From and bounce addresses, team queues, agents, account managers and the lead.
 * Automatic mail is never sent to these, so that Postdesk cannot talk to itself.
 */
@Component
public class OwnAddresses {

    private final DirectoryService directory;
    /** Mailbox, From and bounce addresses; they come from settings and do not change at run time. */
    private final Set<String> systemAddresses;

    public OwnAddresses(DirectoryService directory, InboundProperties inbound, OutboundProperties outbound) {
        this.directory = directory;
        Set<String> system = new LinkedHashSet<>();
        inbound.mailboxes().forEach(m -> system.add(Directory.normalize(m.address())));
        system.add(Directory.normalize(outbound.fromAddress()));
        if (outbound.bounceAddress() != null && !outbound.bounceAddress().isBlank()) {
            system.add(Directory.normalize(outbound.bounceAddress()));
        }
        this.systemAddresses = Set.copyOf(system);
    }

    public Set<String> all() {
        Set<String> addresses = new LinkedHashSet<>(directory.current().staffAddresses());
        addresses.addAll(systemAddresses);
        return addresses;
    }

    /**
     * Returns whether {@code address} belongs to a person or team in the directory (team queues,
     * agents, account managers, the support lead), as opposed to a mailbox Postdesk itself polls.
     */
    public boolean isStaff(String address) {
        return address != null && directory.current().staffAddresses().contains(Directory.normalize(address));
    }

    public boolean contains(String address) {
        if (address == null) {
            return false;
        }
        String normalized = Directory.normalize(address);
        return systemAddresses.contains(normalized) || directory.current().staffAddresses().contains(normalized);
    }
}
