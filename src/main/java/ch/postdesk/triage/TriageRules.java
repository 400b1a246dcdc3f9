package ch.postdesk.triage;

import java.util.List;

/**
 * A validated rule set: the ordered rules and the default rule that ends every list.
 *
 * @param rules the rules before the default rule, in file order
 * @param defaultRule the last rule of the file, which has no condition
 */
public record TriageRules(List<TriageRule> rules, TriageRule defaultRule) {

    public TriageRules {
        rules = List.copyOf(rules);
    }
}
