package ch.postdesk.communication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Keeping customers informed, approvals and surveys.
 *
 * @param checkInterval how often the scheduled route looks for due updates, reminders and surveys
 * @param scheduleEnabled whether the scheduled route runs; tests switch it off and call the job directly
 * @param reopenWithin how long after resolution a customer reply reopens the ticket; later replies
 *     open a new ticket linked to the old one
 * @param publicBaseUrl address of Postdesk as customers reach it, used in approval and survey links,
 *     such as {@code https://support.example.com}
 * @param linkSecret HMAC-SHA256 key that signs approval and survey links, at least 32 characters;
 *     read it from {@code POSTDESK_LINK_SECRET}. Changing it invalidates every link sent before.
 * @param approvalValidFor how long an approval request can be decided
 * @param teamMembersMayRequestApprovals whether team members, not only agents, may request approvals
 * @param surveyValidFor how long survey links and reply-by-number answers are accepted
 * @param lowRatingThreshold ratings at or below this value alert the account managers and the support lead
 * @param defaultTier timing for customers without a tier, with a tier missing from {@code tiers},
 *     and for senders that belong to no customer
 * @param tiers timing per customer tier, keyed by the {@code tier} value of the directory
 * @param teamRoles neutral description of each team's role per language, keyed by team key, then
 *     language, such as {@code platform: {en: "our platform specialists"}}
 */
@Validated
@ConfigurationProperties("postdesk.communication")
public record CommunicationProperties(
        @NotNull Duration checkInterval,
        boolean scheduleEnabled,
        @NotNull Duration reopenWithin,
        @NotBlank String publicBaseUrl,
        String linkSecret,
        @NotNull Duration approvalValidFor,
        boolean teamMembersMayRequestApprovals,
        @NotNull Duration surveyValidFor,
        @Min(1) @Max(5) int lowRatingThreshold,
        @Valid @NotNull Tier defaultTier,
        Map<String, @Valid Tier> tiers,
        Map<String, Map<String, String>> teamRoles) {

    public CommunicationProperties {
        tiers = tiers == null ? Map.of() : Map.copyOf(tiers);
        teamRoles = teamRoles == null ? Map.of() : Map.copyOf(teamRoles);
        publicBaseUrl = publicBaseUrl == null ? null : publicBaseUrl.replaceAll("/+$", "");
    }

    /** Returns the timing of {@code tier}, or the default timing when the tier is null or not configured. */
    public Tier tier(String tier) {
        return tier == null ? defaultTier : tiers.getOrDefault(tier, defaultTier);
    }

    /** Returns the neutral role description of a team in {@code language}, if configured. */
    public Optional<String> teamRole(String teamKey, String language) {
        if (teamKey == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(teamRoles.get(teamKey)).map(roles -> roles.get(language));
    }

    /**
     * Timing of one support tier. All values are business days (Monday to Friday) in the
     * customer's time zone.
     *
     * @param stillInProgressEvery business days between still-in-progress updates while a ticket waits for a team
     * @param firstReminderAfter business days after the ticket started waiting for the customer until the first reminder
     * @param secondReminderAfter business days after the ticket started waiting for the customer until the second reminder
     * @param autoResolveAfter business days after the ticket started waiting for the customer until it is
     *     resolved automatically with a notice
     */
    public record Tier(
            @Min(1) int stillInProgressEvery,
            @Min(1) int firstReminderAfter,
            @Min(1) int secondReminderAfter,
            @Min(1) int autoResolveAfter) {

        public Tier {
            if (firstReminderAfter > 0 && !(firstReminderAfter < secondReminderAfter
                    && secondReminderAfter < autoResolveAfter)) {
                throw new IllegalArgumentException("Invalid reminder timing: first-reminder-after ("
                        + firstReminderAfter + ") < second-reminder-after (" + secondReminderAfter
                        + ") < auto-resolve-after (" + autoResolveAfter + ") must hold");
            }
        }
    }
}
