package ch.postdesk.directory;

import ch.postdesk.directory.DirectoryFile.Agent;
import ch.postdesk.directory.DirectoryFile.Customer;
import ch.postdesk.directory.DirectoryFile.Team;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads {@code directory.yaml} and checks it for consistency before anything uses it. */
public final class DirectoryLoader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DirectoryLoader() {
    }

    /** Loads and validates the file; every problem found is listed in one {@link DirectoryException}. */
    public static Directory load(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new DirectoryException("Directory file " + path.toAbsolutePath()
                    + " not found: create it or set postdesk.directory.file to its location");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return load(in, path.toString());
        } catch (IOException e) {
            throw new DirectoryException("Directory file " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static Directory load(InputStream in, String name) {
        DirectoryFile file;
        try {
            file = MAPPER.readValue(in, DirectoryFile.class);
        } catch (JacksonException e) {
            throw new DirectoryException("Directory file " + name + " is not valid: " + e.getOriginalMessage()
                    + " (at " + e.getPathReference() + ")", e);
        }
        if (file == null) {
            throw new DirectoryException("Directory file " + name + " is empty: add at least a company entry");
        }
        List<String> problems = validate(file);
        if (!problems.isEmpty()) {
            throw new DirectoryException("Directory file " + name + " is inconsistent:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new Directory(file);
    }

    static List<String> validate(DirectoryFile file) {
        List<String> problems = new ArrayList<>();
        Set<String> teamKeys = new HashSet<>();
        for (Team team : file.teams()) {
            if (blank(team.key())) {
                problems.add("team '" + team.name() + "': key is missing; add a short key such as 'platform'");
            } else if (!teamKeys.add(team.key())) {
                problems.add("team '" + team.key() + "': key is used twice; give each team its own key");
            }
            if (blank(team.queueAddress())) {
                problems.add("team '" + team.key() + "': queue-address is missing; add the team's shared mailbox");
            }
        }
        Set<String> customerKeys = new HashSet<>();
        Map<String, String> domainOwners = new HashMap<>();
        for (Customer customer : file.customers()) {
            String entry = "customer '" + customer.key() + "'";
            if (blank(customer.key())) {
                problems.add("customer '" + customer.name() + "': key is missing; add a short key such as 'acme'");
                continue;
            }
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
            if (customer.timeZone() != null) {
                checkZone(problems, entry, customer.timeZone());
            }
            if (customer.defaultTeam() != null && !teamKeys.contains(customer.defaultTeam())) {
                problems.add(entry + ": default-team '" + customer.defaultTeam()
                        + "' is not a team key; use one of " + teamKeys);
            }
        }
        for (Agent agent : file.agents()) {
            for (String team : agent.teams()) {
                if (!teamKeys.contains(team)) {
                    problems.add("agent '" + agent.name() + "': team '" + team + "' is not a team key; use one of "
                            + teamKeys);
                }
            }
        }
        for (DirectoryFile.AccountManager manager : file.accountManagers()) {
            for (String customer : manager.customers()) {
                if (!customerKeys.contains(customer)) {
                    problems.add("account manager '" + manager.address() + "': customer '" + customer
                            + "' is not a customer key; use one of " + customerKeys);
                }
            }
        }
        if (file.company() != null && file.company().defaultTimeZone() != null) {
            checkZone(problems, "company", file.company().defaultTimeZone());
        }
        return problems;
    }

    private static void checkZone(List<String> problems, String entry, String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add(entry + ": time-zone '" + zone + "' is not valid; use an IANA name such as 'Europe/Zurich'");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
