package ch.postdesk.directory;

import java.util.List;

/**
 * The content of {@code config/directory.yaml}: who Postdesk serves and who works with it.
 * Keys in the file are kebab-case ({@code queue-address}, {@code time-zone}).
 */
public record DirectoryFile(
        Company company,
        List<Customer> customers,
        List<Team> teams,
        List<Agent> agents,
        List<AccountManager> accountManagers,
        SupportLead supportLead) {

    public DirectoryFile {
        customers = customers == null ? List.of() : List.copyOf(customers);
        teams = teams == null ? List.of() : List.copyOf(teams);
        agents = agents == null ? List.of() : List.copyOf(agents);
        accountManagers = accountManagers == null ? List.of() : List.copyOf(accountManagers);
    }

    /**
     * The company that runs Postdesk, shown in customer mail.
     *
     * @param name company name used in templates and the From display name
     * @param defaultLanguage language of mail to senders that belong to no customer
     * @param defaultTimeZone time zone used where a customer names none
     */
    public record Company(String name, String defaultLanguage, String defaultTimeZone) {
    }

    /**
     * A customer, recognised by the domains and single addresses of its contacts.
     *
     * @param key stable identifier used in the API and in tickets
     * @param language template language of mail to this customer, for example {@code en} or {@code de}
     * @param tier support tier, for example {@code standard}, {@code business} or {@code premium-24x7}
     * @param accountManagers addresses of the customer's account managers
     * @param defaultTeam team key for this customer's tickets when no rule sets one, or null
     * @param defaultPriority priority for this customer's tickets when no rule sets one, or null
     */
    public record Customer(
            String key,
            String name,
            List<String> domains,
            List<String> addresses,
            String language,
            String timeZone,
            String tier,
            List<String> accountManagers,
            String defaultTeam,
            String defaultPriority) {

        public Customer {
            domains = domains == null ? List.of() : List.copyOf(domains);
            addresses = addresses == null ? List.of() : List.copyOf(addresses);
            accountManagers = accountManagers == null ? List.of() : List.copyOf(accountManagers);
        }
    }

    /**
     * A value-stream team that receives refined tasks at its queue address.
     *
     * @param members addresses of the agents in this team
     */
    public record Team(String key, String name, String queueAddress, List<String> members) {

        public Team {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /**
     * A person who works tickets.
     *
     * @param roles any of {@code agent}, {@code team-member}, {@code lead}
     */
    public record Agent(String name, List<String> addresses, List<String> teams, List<String> roles) {

        public Agent {
            addresses = addresses == null ? List.of() : List.copyOf(addresses);
            teams = teams == null ? List.of() : List.copyOf(teams);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** An account manager and the keys of the customers they look after. */
    public record AccountManager(String name, String address, String language, List<String> customers) {

        public AccountManager {
            customers = customers == null ? List.of() : List.copyOf(customers);
        }
    }

    /** The head of Customer Support, who receives escalations and the process digest. */
    public record SupportLead(String name, String address, String language) {
    }
}
