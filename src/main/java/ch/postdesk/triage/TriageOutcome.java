package ch.postdesk.triage;

/** The triage of one inbound mail: what the rules saw and what they decided. */
public record TriageOutcome(TriageInput input, TriageDecision decision) {
}
