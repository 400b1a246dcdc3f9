package ch.postdesk.sla;

import java.util.List;
import java.util.Optional;

/** The policies of {@code sla.yaml} in file order. Immutable: a reload replaces the whole instance. */
public record SlaPolicies(List<SlaPolicy> policies) {

    public SlaPolicies {
        policies = List.copyOf(policies);
    }

    /** Returns the first policy that matches the tier and priority, or empty when none does. */
    public Optional<SlaPolicy> find(String tier, String priority) {
        return policies.stream().filter(policy -> policy.matches(tier, priority)).findFirst();
    }

    public Optional<SlaPolicy> byName(String name) {
        return policies.stream().filter(policy -> policy.name().equals(name)).findFirst();
    }
}
