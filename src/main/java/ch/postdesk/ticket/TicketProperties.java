package ch.postdesk.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Ticket settings.
 *
 * @param numberPrefix text before the ticket number, such as {@code PD-} in {@code PD-1042}
 */
@Validated
@ConfigurationProperties("postdesk.tickets")
public record TicketProperties(@NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9]*-?") String numberPrefix) {

    public TicketProperties {
        numberPrefix = numberPrefix == null ? "PD-" : numberPrefix;
    }
}
