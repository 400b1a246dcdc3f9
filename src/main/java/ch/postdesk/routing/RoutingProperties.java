package ch.postdesk.routing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
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
 * @param maxAttachedSize maximum total size of the customer's files attached to a task or hand-off,
 *     counted as decoded file sizes. Files beyond it are listed with a download link instead. With
 *     {@code 0} only empty files are attached.
 */
@Validated
@ConfigurationProperties("postdesk.routing")
public record RoutingProperties(
        @NotBlank @Size(min = 16) String replyTokenKey,
        @NotNull Duration pageAcknowledgeTimeout,
        @NotNull Duration escalationCheckInterval,
        @NotBlank String ticketUrl,
        String commandReminder,
        DataSize maxAttachedSize) {

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
        maxAttachedSize = maxAttachedSize == null ? DataSize.ofMegabytes(10) : maxAttachedSize;
        if (maxAttachedSize.isNegative()) {
            throw new IllegalArgumentException("invalid postdesk.routing.max-attached-size " + maxAttachedSize
                    + ": it must be 0 or more, for example 10MB");
        }
    }

    /** Returns the link to the ticket with the given number. */
    public String ticketLink(String number) {
        return ticketUrl.replace("{number}", number);
    }

    /**
     * Returns the download link of an attachment: the ticket link followed by
     * {@code /attachments/{id}}, which matches {@code GET /api/tickets/{number}/attachments/{id}}
     * as long as {@code ticketUrl} points at the ticket API.
     */
    public String attachmentLink(String number, long attachmentId) {
        return ticketLink(number) + "/attachments/" + attachmentId;
    }

    @Override
    public String toString() {
        return "RoutingProperties[replyTokenKey=<hidden>, pageAcknowledgeTimeout=" + pageAcknowledgeTimeout
                + ", escalationCheckInterval=" + escalationCheckInterval + ", ticketUrl=" + ticketUrl
                + ", maxAttachedSize=" + maxAttachedSize + "]";
    }
}
