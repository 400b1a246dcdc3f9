package ch.postdesk.directory;

import ch.postdesk.directory.DirectoryFile.Agent;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryFile.Team;
import ch.postdesk.directory.DirectoryFile.Tier;
import ch.postdesk.directory.DirectoryFile.TimeWindow;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
    private final Map<String, Tier> tiersByKey = new LinkedHashMap<>();
    private final Map<String, WeeklyHours> customerHours = new LinkedHashMap<>();
    private final Map<String, WeeklyHours> teamHours = new LinkedHashMap<>();
    private final Map<String, OnCallSchedule> onCallSchedules = new LinkedHashMap<>();
    private final WeeklyHours companyHours;
    private final Set<String> staffAddresses;

    /** Builds the lookups; {@code file} must have passed {@link DirectoryValidator}. */
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
        file.tiers().forEach(tier -> tiersByKey.put(tier.key(), tier));
        staffAddresses = collectStaffAddresses();
        companyHours = WeeklyHours.of(defaultZone(),
                file.company() == null ? List.of() : file.company().businessHours());
        for (Customer customer : file.customers()) {
            customerHours.put(customer.key(), buildCustomerHours(customer));
        }
        for (Team team : file.teams()) {
            ZoneId zone = team.timeZone() == null ? defaultZone() : ZoneId.of(team.timeZone());
            teamHours.put(team.key(), team.businessHours().isEmpty()
                    ? WeeklyHours.of(zone, companyWindows()) : WeeklyHours.of(zone, team.businessHours()));
            if (team.onCall() != null) {
                onCallSchedules.put(team.key(), buildOnCall(team.onCall()));
            }
        }
    }

    private WeeklyHours buildCustomerHours(Customer customer) {
        ZoneId zone = customer.timeZone() == null ? defaultZone() : ZoneId.of(customer.timeZone());
        if (!customer.businessHours().isEmpty()) {
            return WeeklyHours.of(zone, customer.businessHours());
        }
        Tier tier = customer.tier() == null ? null : tiersByKey.get(customer.tier());
        if (tier != null && !tier.businessHours().isEmpty()) {
            return WeeklyHours.of(zone, tier.businessHours());
        }
        return WeeklyHours.of(zone, companyWindows());
    }

    private static OnCallSchedule buildOnCall(DirectoryFile.OnCall onCall) {
        List<OnCallSchedule.Slot> slots = new ArrayList<>();
        for (DirectoryFile.OnCallWindow window : onCall.windows()) {
            WeeklyHours hours = WeeklyHours.of(ZoneId.of(window.timeZone()),
                    List.of(new TimeWindow(window.days(), window.from(), window.to())));
            slots.add(new OnCallSchedule.Slot(window.name(), hours,
                    window.address() != null ? window.address() : window.member()));
        }
        return new OnCallSchedule(slots, onCall.defaultAddress());
    }

    private List<TimeWindow> companyWindows() {
        return file.company() == null ? List.of() : file.company().businessHours();
    }

    /** Returns the company's default time zone, or UTC when the file names none. */
    public ZoneId defaultZone() {
        return file.company() == null || file.company().defaultTimeZone() == null
                ? ZoneOffset.UTC : ZoneId.of(file.company().defaultTimeZone());
    }

    public Optional<Tier> tier(String key) {
        return Optional.ofNullable(key).map(tiersByKey::get);
    }

    /** Returns the promised time to the first answer of the customer's tier, if the tier names one. */
    public Optional<Duration> responseTime(Customer customer) {
        return tier(customer == null ? null : customer.tier())
                .map(Tier::responseTime)
                .map(DurationText::parse);
    }

    /**
     * Returns the business hours that apply to a customer, in the customer's time zone: its own,
     * else its tier's, else the company's. An unknown customer (null) gets the company's hours.
     */
    public WeeklyHours businessHours(Customer customer) {
        return customer == null ? companyHours : customerHours.get(customer.key());
    }

    /** Returns the team's business hours in the team's time zone (the company's when the team names none). */
    public Optional<WeeklyHours> teamHours(String teamKey) {
        return Optional.ofNullable(teamKey).map(teamHours::get);
    }

    /** Returns the team's on-call schedule, or empty when the team has none. */
    public Optional<OnCallSchedule> onCall(String teamKey) {
        return Optional.ofNullable(teamKey).map(onCallSchedules::get);
    }

    /**
     * Returns the addresses of the customer's account managers: those the customer lists and those
     * that list the customer, without duplicates.
     */
    public List<String> accountManagersOf(Customer customer) {
        if (customer == null) {
            return List.of();
        }
        Set<String> addresses = new LinkedHashSet<>();
        customer.accountManagers().forEach(address -> addresses.add(normalize(address)));
        for (DirectoryFile.AccountManager manager : file.accountManagers()) {
            if (manager.customers().contains(customer.key())) {
                addresses.add(normalize(manager.address()));
            }
        }
        return List.copyOf(addresses);
    }

    public Optional<DirectoryFile.SupportLead> supportLead() {
        return Optional.ofNullable(file.supportLead());
    }

    /** Returns whether {@code address} belongs to a member of the team, by the team's member list. */
    public boolean isTeamMember(String teamKey, String address) {
        return address != null && team(teamKey)
                .map(team -> team.members().stream().map(Directory::normalize).anyMatch(normalize(address)::equals))
                .orElse(false);
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
     * Returns every address that belongs to the company itself: team queues, on-call addresses,
     * agents, account managers and the support lead. Support mailbox addresses come from the mailbox settings.
     */
    public Set<String> staffAddresses() {
        return staffAddresses;
    }

    private Set<String> collectStaffAddresses() {
        Set<String> addresses = new LinkedHashSet<>();
        for (Team team : file.teams()) {
            addIfPresent(addresses, team.queueAddress());
            if (team.onCall() != null) {
                addIfPresent(addresses, team.onCall().defaultAddress());
                team.onCall().windows().forEach(window -> addIfPresent(addresses, window.address()));
            }
        }
        file.agents().forEach(agent -> agent.addresses().forEach(a -> addIfPresent(addresses, a)));
        file.accountManagers().forEach(manager -> addIfPresent(addresses, manager.address()));
        if (file.supportLead() != null) {
            addIfPresent(addresses, file.supportLead().address());
        }
        return java.util.Collections.unmodifiableSet(addresses);
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
