package ch.postdesk.routing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Mail to teams, account managers and on-call.
 *
 * @param replyTokenKey secret for the HMAC in reply addresses, at least 16 characters; set it through
 *     {@code POSTDESK_REPLY_TOKEN_KEY}. Changing it invalidates the reply addresses already sent.
 * @param pageAcknowledgeTimeout time after an on-call page within which a reply or command must reach
 *     the ticket; after it the support lead is paged
 * @param escalationCheckInterval how often unacknowledged pages are looked for
 * @param ticketUrl link to a ticket in pages and tasks; {@code {number}} is replaced by the ticket number
 * @param commandReminder closing lines of every refined task, telling the team how to answer
 */
@Validated
@ConfigurationProperties("postdesk.routing")
public record RoutingProperties(
        @NotBlank @Size(min = 16) String replyTokenKey,
        @NotNull Duration pageAcknowledgeTimeout,
        @NotNull Duration escalationCheckInterval,
        @NotBlank String ticketUrl,
        String commandReminder) {

    static final String DEFAULT_COMMAND_REMINDER = """
            Reply to this mail to add an internal note to the ticket. The customer does not see \
            your reply unless it starts with #reply. Command lines at the top of your reply, before \
            any other text, change the ticket, for example:
              #status waiting-customer
              #priority P2
              #assign me
            Send #help for the list of commands. Keep the ticket number in the subject.""";

    public RoutingProperties {
        pageAcknowledgeTimeout = pageAcknowledgeTimeout == null ? Duration.ofMinutes(15) : pageAcknowledgeTimeout;
        escalationCheckInterval = escalationCheckInterval == null ? Duration.ofMinutes(1) : escalationCheckInterval;
        ticketUrl = ticketUrl == null ? "http://127.0.0.1:8080/api/tickets/{number}" : ticketUrl;
        commandReminder = commandReminder == null || commandReminder.isBlank()
                ? DEFAULT_COMMAND_REMINDER : commandReminder;
    }

    /** Returns the link to the ticket with the given number. */
    public String ticketLink(String number) {
        return ticketUrl.replace("{number}", number);
    }

    @Override
    public String toString() {
        return "RoutingProperties[replyTokenKey=<hidden>, pageAcknowledgeTimeout=" + pageAcknowledgeTimeout
                + ", escalationCheckInterval=" + escalationCheckInterval + ", ticketUrl=" + ticketUrl + "]";
    }
}
