package ch.postdesk.sla;

import ch.postdesk.directory.DurationText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads {@code sla.yaml} and validates every policy; all problems are reported in one exception. */
public final class SlaPolicyLoader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SlaPolicyLoader() {
    }

    /** @throws IllegalArgumentException naming the file, the policy and the fix */
    public static SlaPolicies load(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("SLA file " + path.toAbsolutePath()
                    + " not found: create it or set postdesk.sla.file to its location");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return load(in, path.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("SLA file " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static SlaPolicies load(InputStream in, String name) {
        SlaFile file;
        try {
            file = MAPPER.readValue(in, SlaFile.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("SLA file " + name + " is not valid: " + e.getOriginalMessage()
                    + " (at " + e.getPathReference() + ")", e);
        }
        if (file == null) {
            file = new SlaFile(Map.of(), List.of());
        }
        List<String> problems = new ArrayList<>();
        Map<String, Set<LocalDate>> holidays = new java.util.HashMap<>();
        file.holidayCalendars().forEach((calendar, dates) -> holidays.put(calendar, dates(calendar, dates, problems)));
        List<SlaPolicy> policies = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < file.policies().size(); i++) {
            SlaFile.Policy policy = file.policies().get(i);
            String label = "policies[" + i + "]" + (policy.name() == null ? "" : " (" + policy.name() + ")");
            SlaPolicy parsed = policy(policy, label, holidays, problems);
            if (parsed != null && !names.add(parsed.name())) {
                problems.add(label + ": name '" + parsed.name() + "' is used twice; give each policy its own name");
            } else if (parsed != null) {
                policies.add(parsed);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("SLA file " + name + " is inconsistent:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new SlaPolicies(policies);
    }

    private static SlaPolicy policy(SlaFile.Policy policy, String label, Map<String, Set<LocalDate>> holidays,
            List<String> problems) {
        int before = problems.size();
        if (policy.name() == null || policy.name().isBlank()) {
            problems.add(label + ": name is missing");
        }
        String calendar = policy.calendar() == null ? "" : policy.calendar().trim().toLowerCase(Locale.ROOT);
        if (!calendar.equals("24x7") && !calendar.equals("business-hours")) {
            problems.add(label + ": calendar '" + policy.calendar() + "' is not valid; use 24x7 or business-hours");
        }
        Set<LocalDate> days = Set.of();
        if (policy.holidays() != null) {
            if (!holidays.containsKey(policy.holidays())) {
                problems.add(label + ": holidays '" + policy.holidays() + "' is not in holiday-calendars "
                        + holidays.keySet());
            } else {
                days = holidays.get(policy.holidays());
            }
        }
        Duration firstResponse = duration(label, "first-response", policy.firstResponse(), true, problems);
        Duration nextUpdate = duration(label, "next-update", policy.nextUpdate(), false, problems);
        Duration resolution = duration(label, "resolution", policy.resolution(), true, problems);
        int warning = policy.warningPercent() == null ? 80 : policy.warningPercent();
        if (warning < 1 || warning > 100) {
            problems.add(label + ": warning-percent " + warning + " is not valid; use 1 to 100");
        }
        List<String> priorities = policy.priorities().stream().map(p -> p.trim().toUpperCase(Locale.ROOT)).toList();
        for (String priority : priorities) {
            if (!priority.matches("P[1-4]")) {
                problems.add(label + ": priority '" + priority + "' is not valid; use P1, P2, P3 or P4");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String tier = policy.tier() == null || policy.tier().equals("*") ? null : policy.tier();
        return new SlaPolicy(policy.name(), tier, priorities, calendar.equals("24x7"), days, firstResponse,
                nextUpdate, resolution, warning);
    }

    private static Duration duration(String label, String field, String value, boolean required,
            List<String> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(label + ": " + field + " is missing; write it as 30m, 4h or 2d");
            }
            return null;
        }
        try {
            return DurationText.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add(label + ": " + field + " " + e.getMessage());
            return null;
        }
    }

    private static Set<LocalDate> dates(String calendar, List<String> values, List<String> problems) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                dates.add(LocalDate.parse(value.trim()));
            } catch (DateTimeParseException e) {
                problems.add("holiday-calendars." + calendar + ": '" + value + "' is not a date; use 2026-12-25");
            }
        }
        return dates;
    }
}
