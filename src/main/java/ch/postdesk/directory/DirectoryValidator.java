package ch.postdesk.directory;

import ch.postdesk.directory.DirectoryFile.AccountManager;
import ch.postdesk.directory.DirectoryFile.Agent;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryFile.OnCall;
import ch.postdesk.directory.DirectoryFile.OnCallWindow;
import ch.postdesk.directory.DirectoryFile.Team;
import ch.postdesk.directory.DirectoryFile.Tier;
import ch.postdesk.directory.DirectoryFile.TimeWindow;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a parsed directory file for missing fields, unknown references and contradictions. Each
 * problem is one line that names the entry and says how to fix it; the loader adds the file name.
 */
final class DirectoryValidator {

    /** Roles an agent may have. */
    static final Set<String> ROLES = Set.of("agent", "team-member", "lead");

    /** Priorities a customer default may name. */
    static final Set<String> PRIORITIES = Set.of("P1", "P2", "P3", "P4");

    private final DirectoryFile file;
    private final LocalDate overlapCheckStart;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> teamKeys = new LinkedHashSet<>();
    private final Set<String> tierKeys = new LinkedHashSet<>();
    private final Set<String> customerKeys = new LinkedHashSet<>();
    private final Set<String> agentAddresses = new LinkedHashSet<>();
    private final Set<String> managerAddresses = new LinkedHashSet<>();

    /**
     * @param overlapCheckStart first day of the year-long span in which on-call windows of different
     *     time zones are checked for overlaps, so that every daylight saving change is covered
     */
    DirectoryValidator(DirectoryFile file, LocalDate overlapCheckStart) {
        this.file = file;
        this.overlapCheckStart = overlapCheckStart;
    }

    List<String> validate() {
        collectKeys();
        checkCompany();
        file.tiers().forEach(this::checkTier);
        checkCustomers();
        file.teams().forEach(this::checkTeam);
        file.agents().forEach(this::checkAgent);
        file.accountManagers().forEach(this::checkAccountManager);
        if (file.supportLead() != null && !isAddress(file.supportLead().address())) {
            problems.add("support-lead: address is missing or invalid; add the lead's mail address");
        }
        return problems;
    }

    private void collectKeys() {
        for (Tier tier : file.tiers()) {
            if (blank(tier.key())) {
                problems.add("tier '" + tier.name() + "': key is missing; add a short key such as 'business'");
            } else if (!tierKeys.add(tier.key())) {
                problems.add("tier '" + tier.key() + "': key is used twice; give each tier its own key");
            }
        }
        for (Team team : file.teams()) {
            if (blank(team.key())) {
                problems.add("team '" + team.name() + "': key is missing; add a short key such as 'platform'");
            } else if (!teamKeys.add(team.key())) {
                problems.add("team '" + team.key() + "': key is used twice; give each team its own key");
            }
        }
        for (Agent agent : file.agents()) {
            agent.addresses().forEach(address -> agentAddresses.add(Directory.normalize(address)));
        }
        for (AccountManager manager : file.accountManagers()) {
            if (manager.address() != null) {
                managerAddresses.add(Directory.normalize(manager.address()));
            }
        }
    }

    private void checkCompany() {
        if (file.company() == null) {
            return;
        }
        ZoneId zone = zone("company", file.company().defaultTimeZone());
        hours("company", file.company().businessHours(), zone);
    }

    private void checkTier(Tier tier) {
        String entry = "tier '" + tier.key() + "'";
        if (tier.responseTime() != null) {
            try {
                DurationText.parse(tier.responseTime());
            } catch (IllegalArgumentException e) {
                problems.add(entry + ": response-time " + e.getMessage());
            }
        }
        hours(entry, tier.businessHours(), ZoneOffset.UTC);
    }

    private void checkCustomers() {
        Map<String, String> domainOwners = new HashMap<>();
        Map<String, String> addressOwners = new HashMap<>();
        for (Customer customer : file.customers()) {
            if (blank(customer.key())) {
                problems.add("customer '" + customer.name() + "': key is missing; add a short key such as 'acme'");
                continue;
            }
            String entry = "customer '" + customer.key() + "'";
            if (!customerKeys.add(customer.key())) {
                problems.add(entry + ": key is used twice; give each customer its own key");
            }
            for (String domain : customer.domains()) {
                String previous = domainOwners.putIfAbsent(Directory.normalize(domain), customer.key());
                if (previous != null && !previous.equals(customer.key())) {
                    problems.add(entry + ": domain '" + domain + "' already belongs to customer '" + previous
                            + "'; list each domain under one customer only");
                }
            }
            for (String address : customer.addresses()) {
                String previous = addressOwners.putIfAbsent(Directory.normalize(address), customer.key());
                if (previous != null && !previous.equals(customer.key())) {
                    problems.add(entry + ": address '" + address + "' already belongs to customer '" + previous
                            + "'; list each address under one customer only");
                }
            }
            ZoneId zone = zone(entry, customer.timeZone());
            hours(entry, customer.businessHours(), zone);
            if (customer.tier() != null && !tierKeys.contains(customer.tier())) {
                problems.add(entry + ": tier '" + customer.tier() + "' is not a tier key; use one of " + tierKeys
                        + " or add the tier under 'tiers'");
            }
            if (customer.defaultTeam() != null && !teamKeys.contains(customer.defaultTeam())) {
                problems.add(entry + ": default-team '" + customer.defaultTeam()
                        + "' is not a team key; use one of " + teamKeys);
            }
            if (customer.defaultPriority() != null && !PRIORITIES.contains(customer.defaultPriority())) {
                problems.add(entry + ": default-priority '" + customer.defaultPriority()
                        + "' is not valid; use P1, P2, P3 or P4");
            }
            for (String manager : customer.accountManagers()) {
                if (!managerAddresses.contains(Directory.normalize(manager))) {
                    problems.add(entry + ": account manager '" + manager + "' is not listed under 'account-managers'; "
                            + "add an entry for this address or remove it from the customer");
                }
            }
        }
    }

    private void checkTeam(Team team) {
        String entry = "team '" + team.key() + "'";
        if (!isAddress(team.queueAddress())) {
            problems.add(entry + ": queue-address is missing or invalid; add the team's shared mailbox");
        }
        for (String member : team.members()) {
            if (!agentAddresses.contains(Directory.normalize(member))) {
                problems.add(entry + ": member '" + member + "' is not an agent address; add the agent under 'agents'"
                        + " or remove the member");
            }
        }
        ZoneId zone = zone(entry, team.timeZone());
        hours(entry, team.businessHours(), zone);
        if (team.onCall() != null) {
            checkOnCall(team, team.onCall());
        }
    }

    private void checkOnCall(Team team, OnCall onCall) {
        String entry = "team '" + team.key() + "' on-call";
        if (onCall.defaultAddress() != null && !isAddress(onCall.defaultAddress())) {
            problems.add(entry + ": default-address '" + onCall.defaultAddress() + "' is not a mail address");
        }
        if (onCall.defaultAddress() == null && onCall.windows().isEmpty()) {
            problems.add(entry + ": neither default-address nor windows are set; add at least a default-address");
        }
        Set<String> members = new LinkedHashSet<>();
        team.members().forEach(member -> members.add(Directory.normalize(member)));
        Set<String> names = new LinkedHashSet<>();
        List<NamedHours> schedules = new ArrayList<>();
        for (OnCallWindow window : onCall.windows()) {
            String windowEntry = entry + " window '" + window.name() + "'";
            if (blank(window.name())) {
                problems.add(entry + ": a window has no name; add a short name such as 'zurich'");
            } else if (!names.add(window.name())) {
                problems.add(windowEntry + ": name is used twice; give each window its own name");
            }
            if (blank(window.address()) == blank(window.member())) {
                problems.add(windowEntry + ": set exactly one of address and member");
            } else if (!blank(window.address()) && !isAddress(window.address())) {
                problems.add(windowEntry + ": address '" + window.address() + "' is not a mail address");
            } else if (!blank(window.member()) && !members.contains(Directory.normalize(window.member()))) {
                problems.add(windowEntry + ": member '" + window.member() + "' is not a member of the team; use one of "
                        + team.members());
            }
            if (blank(window.timeZone())) {
                problems.add(windowEntry + ": time-zone is missing; name the zone of the window, such as 'Europe/Zurich'");
                continue;
            }
            ZoneId zone = zone(windowEntry, window.timeZone());
            if (zone == null) {
                continue;
            }
            try {
                WeeklyHours hours = WeeklyHours.of(zone, List.of(new TimeWindow(window.days(), window.from(),
                        window.to())));
                schedules.add(new NamedHours(window.name(), hours));
            } catch (IllegalArgumentException e) {
                problems.add(windowEntry + ": " + e.getMessage());
            }
        }
        checkOverlaps(entry, schedules);
    }

    private void checkOverlaps(String entry, List<NamedHours> schedules) {
        LocalDate until = overlapCheckStart.plusDays(372);
        for (int i = 0; i < schedules.size(); i++) {
            for (int j = i + 1; j < schedules.size(); j++) {
                NamedHours first = schedules.get(i);
                NamedHours second = schedules.get(j);
                WeeklyHours.Interval clash = firstOverlap(first.hours().intervals(overlapCheckStart, until),
                        second.hours().intervals(overlapCheckStart, until));
                if (clash != null) {
                    problems.add(entry + ": windows '" + first.name() + "' and '" + second.name() + "' overlap (for"
                            + " example from " + clash.start() + " to " + clash.end() + "); shift one so that it"
                            + " ends before the other begins, also across daylight saving changes");
                }
            }
        }
    }

    private static WeeklyHours.Interval firstOverlap(List<WeeklyHours.Interval> first,
            List<WeeklyHours.Interval> second) {
        for (WeeklyHours.Interval a : first) {
            for (WeeklyHours.Interval b : second) {
                if (a.overlaps(b)) {
                    return new WeeklyHours.Interval(a.start().isAfter(b.start()) ? a.start() : b.start(),
                            a.end().isBefore(b.end()) ? a.end() : b.end());
                }
            }
        }
        return null;
    }

    private void checkAgent(Agent agent) {
        String entry = "agent '" + agent.name() + "'";
        if (agent.addresses().isEmpty()) {
            problems.add(entry + ": addresses are missing; add the agent's mail address");
        }
        for (String address : agent.addresses()) {
            if (!isAddress(address)) {
                problems.add(entry + ": address '" + address + "' is not a mail address");
            }
        }
        for (String role : agent.roles()) {
            if (!ROLES.contains(role)) {
                problems.add(entry + ": role '" + role + "' is not valid; use agent, team-member or lead");
            }
        }
        if (!Agent.CONFIRM_ALL.equals(agent.confirmations()) && !Agent.CONFIRM_ERRORS_ONLY.equals(agent.confirmations())) {
            problems.add(entry + ": confirmations '" + agent.confirmations() + "' is not valid; use all or errors-only");
        }
        for (String teamKey : agent.teams()) {
            Team team = file.teams().stream().filter(t -> teamKey.equals(t.key())).findFirst().orElse(null);
            if (team == null) {
                problems.add(entry + ": team '" + teamKey + "' is not a team key; use one of " + teamKeys);
                continue;
            }
            boolean listed = team.members().stream().map(Directory::normalize)
                    .anyMatch(member -> agent.addresses().stream().map(Directory::normalize).anyMatch(member::equals));
            if (!listed) {
                problems.add(entry + ": lists team '" + teamKey + "' but that team's members do not include the agent;"
                        + " add one of " + agent.addresses() + " to the team's members or remove the team here");
            }
        }
    }

    private void checkAccountManager(AccountManager manager) {
        String entry = "account manager '" + manager.name() + "'";
        if (!isAddress(manager.address())) {
            problems.add(entry + ": address is missing or invalid; add the account manager's mail address");
        }
        for (String customer : manager.customers()) {
            if (!customerKeys.contains(customer)) {
                problems.add(entry + ": customer '" + customer + "' is not a customer key; use one of " + customerKeys);
            }
        }
    }

    /** Parses {@code zone}, records a problem when it is invalid, and returns null for a missing or invalid zone. */
    private ZoneId zone(String entry, String zone) {
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add(entry + ": time-zone '" + zone + "' is not valid; use an IANA name such as 'Europe/Zurich'");
            return null;
        }
    }

    private void hours(String entry, List<TimeWindow> windows, ZoneId zone) {
        try {
            WeeklyHours.of(zone == null ? ZoneOffset.UTC : zone, windows);
        } catch (IllegalArgumentException e) {
            problems.add(entry + ": business-hours " + e.getMessage());
        }
    }

    private static boolean isAddress(String value) {
        return value != null && value.indexOf('@') > 0 && value.indexOf('@') == value.lastIndexOf('@')
                && !value.endsWith("@") && value.strip().equals(value) && !value.contains(" ");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private record NamedHours(String name, WeeklyHours hours) {
    }
}
