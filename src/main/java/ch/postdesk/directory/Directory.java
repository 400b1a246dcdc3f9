package ch.postdesk.directory;

import ch.postdesk.directory.DirectoryFile.Agent;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryFile.Team;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The loaded, validated directory with lookups by key and by mail address. Immutable: a reload
 * replaces the whole instance. Addresses are compared case-insensitively.
 */
public final class Directory {

    private final DirectoryFile file;
    private final Map<String, Customer> customersByKey = new LinkedHashMap<>();
    private final Map<String, Customer> customersByDomain = new LinkedHashMap<>();
    private final Map<String, Customer> customersByAddress = new LinkedHashMap<>();
    private final Map<String, Team> teamsByKey = new LinkedHashMap<>();
    private final Map<String, Agent> agentsByAddress = new LinkedHashMap<>();

    public Directory(DirectoryFile file) {
        this.file = file;
        for (Customer customer : file.customers()) {
            customersByKey.put(customer.key(), customer);
            customer.domains().forEach(domain -> customersByDomain.put(normalize(domain), customer));
            customer.addresses().forEach(address -> customersByAddress.put(normalize(address), customer));
        }
        file.teams().forEach(team -> teamsByKey.put(team.key(), team));
        for (Agent agent : file.agents()) {
            agent.addresses().forEach(address -> agentsByAddress.put(normalize(address), agent));
        }
    }

    public DirectoryFile file() {
        return file;
    }

    public String companyName() {
        return file.company() == null || file.company().name() == null ? "Postdesk" : file.company().name();
    }

    public String defaultLanguage() {
        return file.company() == null || file.company().defaultLanguage() == null
                ? "en" : file.company().defaultLanguage();
    }

    public Optional<Customer> customer(String key) {
        return Optional.ofNullable(key).map(customersByKey::get);
    }

    public Collection<Customer> customers() {
        return customersByKey.values();
    }

    /**
     * Finds the customer of a sender: an exact address entry wins over a domain entry, and a
     * domain entry also covers its subdomains ({@code mail.acme.test} belongs to {@code acme.test}).
     */
    public Optional<Customer> customerForAddress(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String normalized = normalize(address);
        Customer exact = customersByAddress.get(normalized);
        if (exact != null) {
            return Optional.of(exact);
        }
        int at = normalized.lastIndexOf('@');
        String domain = at < 0 ? normalized : normalized.substring(at + 1);
        while (!domain.isEmpty()) {
            Customer byDomain = customersByDomain.get(domain);
            if (byDomain != null) {
                return Optional.of(byDomain);
            }
            int dot = domain.indexOf('.');
            domain = dot < 0 ? "" : domain.substring(dot + 1);
        }
        return Optional.empty();
    }

    public Optional<Team> team(String key) {
        return Optional.ofNullable(key).map(teamsByKey::get);
    }

    public Collection<Team> teams() {
        return teamsByKey.values();
    }

    public Optional<Agent> agentForAddress(String address) {
        return Optional.ofNullable(address).map(a -> agentsByAddress.get(normalize(a)));
    }

    /**
     * Returns every address that belongs to the company itself: team queues, agents, account
     * managers and the support lead. Support mailbox addresses come from the mailbox settings.
     */
    public Set<String> staffAddresses() {
        Set<String> addresses = new LinkedHashSet<>();
        file.teams().forEach(team -> addIfPresent(addresses, team.queueAddress()));
        file.agents().forEach(agent -> agent.addresses().forEach(a -> addIfPresent(addresses, a)));
        file.accountManagers().forEach(manager -> addIfPresent(addresses, manager.address()));
        if (file.supportLead() != null) {
            addIfPresent(addresses, file.supportLead().address());
        }
        return addresses;
    }

    public List<DirectoryFile.AccountManager> accountManagers() {
        return file.accountManagers();
    }

    private static void addIfPresent(Set<String> addresses, String address) {
        if (address != null && !address.isBlank()) {
            addresses.add(normalize(address));
        }
    }

    public static String normalize(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
