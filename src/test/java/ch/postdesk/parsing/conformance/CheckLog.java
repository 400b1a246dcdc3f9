package ch.postdesk.parsing.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Collects the outcome of each applicable expectation of one corpus source. */
final class CheckLog {

    /** One compared expectation: the case, the field, and on failure what was expected and found. */
    record Check(String caseId, String field, boolean passed, String expected, String actual) {
    }

    private final String source;
    private final Map<String, String> knownDifferences;
    private final Set<String> usedDifferences = new HashSet<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    /**
     * @param knownDifferences reasons keyed by "case field" for checks where the source asserts its
     *     own convention; such a check counts as not applicable only when it fails
     */
    CheckLog(String source, Map<String, String> knownDifferences) {
        this.source = source;
        this.knownDifferences = knownDifferences;
    }

    CheckLog(String source) {
        this(source, Map.of());
    }

    String source() {
        return source;
    }

    List<Check> checks() {
        return checks;
    }

    List<String> skipped() {
        return skipped;
    }

    void equal(String caseId, String field, Object expected, Object actual) {
        boolean passed = Objects.equals(expected, actual);
        if (!passed && knownDifference(caseId, field)) {
            return;
        }
        if (!passed && expected instanceof String e && actual instanceof String a && e.length() > 120) {
            int diff = 0;
            while (diff < Math.min(e.length(), a.length()) && e.charAt(diff) == a.charAt(diff)) {
                diff++;
            }
            int from = Math.max(0, diff - 40);
            checks.add(new Check(caseId, field + " (differs at " + diff + ")", false,
                    "..." + e.substring(from, Math.min(e.length(), diff + 80)),
                    "..." + a.substring(Math.min(from, a.length()), Math.min(a.length(), diff + 80))));
            return;
        }
        checks.add(new Check(caseId, field, passed, String.valueOf(expected), String.valueOf(actual)));
    }

    void that(String caseId, String field, boolean passed, Object expected, Object actual) {
        if (!passed && knownDifference(caseId, field)) {
            return;
        }
        checks.add(new Check(caseId, field, passed, String.valueOf(expected), String.valueOf(actual)));
    }

    /** Records an expectation that does not apply to a helpdesk parser, with the reason. */
    void notApplicable(String caseId, String field, String reason) {
        skipped.add(caseId + " " + field + ": " + reason);
    }

    /** Records a failed check as not applicable when it is listed as a known difference. */
    private boolean knownDifference(String caseId, String field) {
        String key = caseId + " " + field;
        String reason = knownDifferences.get(key);
        if (reason == null) {
            return false;
        }
        usedDifferences.add(key);
        skipped.add(key + ": known difference: " + reason);
        return true;
    }

    /** Returns the listed known differences of this source whose check passed or never ran. */
    List<String> unusedDifferences() {
        return knownDifferences.keySet().stream().filter(key -> !usedDifferences.contains(key)).sorted().toList();
    }

    long passed() {
        return checks.stream().filter(Check::passed).count();
    }

    double rate() {
        return checks.isEmpty() ? 1.0 : (double) passed() / checks.size();
    }
}
