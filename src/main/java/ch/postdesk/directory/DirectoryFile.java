package ch.postdesk.directory;

import java.util.List;

/**
 * The content of {@code config/directory.yaml}: who Postdesk serves and who works with it.
 * Keys in the file are kebab-case ({@code queue-address}, {@code time-zone}). Times of day are
 * {@code HH:mm} strings, days are English day names or their three-letter abbreviations, and time
 * zones are IANA names such as {@code Europe/Zurich}. {@link DirectoryValidator} checks all of it.
 */
public record DirectoryFile(
        Company company,
        List<Tier> tiers,
        List<Customer> customers,
        List<Team> teams,
        List<Agent> agents,
        List<AccountManager> accountManagers,
        SupportLead supportLead) {

    public DirectoryFile {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
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
     * @param defaultTimeZone time zone used where a customer or team names none
     * @param businessHours business hours used where neither the customer nor its tier define any
     */
    public record Company(String name, String defaultLanguage, String defaultTimeZone,
            List<TimeWindow> businessHours) {

        public Company {
            businessHours = businessHours == null ? List.of() : List.copyOf(businessHours);
        }
    }

    /**
     * A support tier that customers are assigned to.
     *
     * @param key identifier used by customers and triage rules, such as {@code premium-24x7}
     * @param responseTime time to the first answer, such as {@code 4h} or {@code 1d}; shown as due date
     *     in refined tasks; null when the tier promises none
     * @param businessHours business hours of customers in this tier that define none themselves;
     *     {@code from: "00:00", to: "24:00"} every day means around the clock
     */
    public record Tier(String key, String name, String responseTime, List<TimeWindow> businessHours) {

        public Tier {
            businessHours = businessHours == null ? List.of() : List.copyOf(businessHours);
        }
    }

    /**
     * A customer, recognised by the domains and single addresses of its contacts.
     *
     * @param key stable identifier used in the API and in tickets
     * @param language template language of mail to this customer, for example {@code en} or {@code de}
     * @param timeZone the customer's time zone, in which its business hours are read
     * @param tier support tier key, for example {@code standard}, {@code business} or {@code premium-24x7}
     * @param accountManagers addresses of the customer's account managers
     * @param defaultTeam team key for this customer's tickets when no rule sets one, or null
     * @param defaultPriority priority ({@code P1} to {@code P4}) when no rule sets one, or null
     * @param businessHours the customer's own business hours; empty means those of its tier or the company
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
            String defaultPriority,
            List<TimeWindow> businessHours) {

        public Customer {
            domains = domains == null ? List.of() : List.copyOf(domains);
            addresses = addresses == null ? List.of() : List.copyOf(addresses);
            accountManagers = accountManagers == null ? List.of() : List.copyOf(accountManagers);
            businessHours = businessHours == null ? List.of() : List.copyOf(businessHours);
        }
    }

    /**
     * A value-stream team that receives refined tasks at its queue address.
     *
     * @param members addresses of the agents in this team
     * @param timeZone time zone of the team's business hours; the company default when null
     * @param businessHours when the team works; empty means the company's business hours
     * @param onCall who is paged for incidents outside business hours, or null when nobody is
     */
    public record Team(String key, String name, String queueAddress, List<String> members, String timeZone,
            List<TimeWindow> businessHours, OnCall onCall) {

        public Team {
            members = members == null ? List.of() : List.copyOf(members);
            businessHours = businessHours == null ? List.of() : List.copyOf(businessHours);
        }
    }

    /**
     * Recurring weekly time window, such as Monday to Friday 08:00 to 18:00.
     *
     * @param days days on which the window starts; empty means every day
     * @param from start time {@code HH:mm}, inclusive
     * @param to end time {@code HH:mm}, exclusive; {@code 24:00} is midnight at the end of the day, and a
     *     time earlier than {@code from} ends on the next day
     */
    public record TimeWindow(List<String> days, String from, String to) {

        public TimeWindow {
            days = days == null ? List.of() : List.copyOf(days);
        }
    }

    /**
     * A follow-the-sun on-call schedule: windows in their own time zones, each mapped to an address,
     * and a default address for the times no window covers. Windows must not overlap.
     *
     * @param defaultAddress address paged when no window covers the moment
     */
    public record OnCall(String defaultAddress, List<OnCallWindow> windows) {

        public OnCall {
            windows = windows == null ? List.of() : List.copyOf(windows);
        }
    }

    /**
     * One on-call window; exactly one of {@code address} and {@code member} is set.
     *
     * @param name short name shown in history and validation messages, such as {@code zurich}
     * @param timeZone time zone in which {@code from} and {@code to} are read
     * @param address address to page, such as a phone gateway or a shared on-call mailbox
     * @param member address of a team member to page
     */
    public record OnCallWindow(String name, String timeZone, List<String> days, String from, String to,
            String address, String member) {

        public OnCallWindow {
            days = days == null ? List.of() : List.copyOf(days);
        }
    }

    /**
     * A person who works tickets.
     *
     * @param roles any of {@code agent}, {@code team-member}, {@code lead}
     * @param confirmations which command mails get a confirmation: {@code all} (the default) or
     *     {@code errors-only}, which skips the confirmation when every command was applied
     */
    public record Agent(String name, List<String> addresses, List<String> teams, List<String> roles,
            String confirmations) {

        /** Value of {@code confirmations} that confirms every command mail. */
        public static final String CONFIRM_ALL = "all";

        /** Value of {@code confirmations} that confirms only command mails with a rejected command. */
        public static final String CONFIRM_ERRORS_ONLY = "errors-only";

        public Agent {
            addresses = addresses == null ? List.of() : List.copyOf(addresses);
            teams = teams == null ? List.of() : List.copyOf(teams);
            roles = roles == null ? List.of() : List.copyOf(roles);
            confirmations = confirmations == null ? CONFIRM_ALL : confirmations;
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
