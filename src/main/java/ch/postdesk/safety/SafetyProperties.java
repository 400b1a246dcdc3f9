package ch.postdesk.safety;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Mail safety settings: spam verdicts, addresses that never get automatic mail, bounce
 * suppression, rate limits of automatic mail, and limits of inbound messages.
 *
 * @param noReplyPattern regular expression, matched case-insensitively against the whole address, of
 *     addresses that never get automatic mail
 * @param undeliverablePeriod how long a recipient with a permanent delivery failure gets no automatic mail
 * @param spam how the upstream spam filter's verdict is read
 * @param rateLimit upper bounds of automatic mail per recipient and per ticket
 * @param limits upper bounds of inbound messages
 */
@Validated
@ConfigurationProperties("postdesk.safety")
public record SafetyProperties(
        @NotBlank String noReplyPattern,
        @NotNull Duration undeliverablePeriod,
        @Valid @NotNull Spam spam,
        @Valid @NotNull RateLimit rateLimit,
        @Valid @NotNull Limits limits) {

    /** Default of {@code no-reply-pattern}. */
    public static final String DEFAULT_NO_REPLY_PATTERN =
            "(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster|bounces?)([-+_.][^@]*)?@.*";

    public SafetyProperties {
        noReplyPattern = noReplyPattern == null ? DEFAULT_NO_REPLY_PATTERN : noReplyPattern;
        undeliverablePeriod = undeliverablePeriod == null ? Duration.ofDays(30) : undeliverablePeriod;
        spam = spam == null ? new Spam(null, null, null, null) : spam;
        rateLimit = rateLimit == null ? new RateLimit(5, 20, 3, 10) : rateLimit;
        limits = limits == null ? new Limits(null, 0, null, 0, 0) : limits;
        Pattern.compile(noReplyPattern);
    }

    /** Returns {@link #noReplyPattern()} compiled, case-insensitive. */
    public Pattern noReplyRegex() {
        return Pattern.compile(noReplyPattern, Pattern.CASE_INSENSITIVE);
    }

    /**
     * The upstream spam filter's verdict.
     *
     * @param flagHeaders headers whose value marks spam, such as SpamAssassin's {@code X-Spam-Flag}
     *     and {@code X-Spam-Status}
     * @param flagPattern regular expression, matched case-insensitively against the start of a flag
     *     header's value, that means spam
     * @param scoreHeader header with a numeric spam score, such as {@code X-Spam-Score}; the first number
     *     in its value counts
     * @param scoreThreshold score from which a mail is spam; null disables the score check
     */
    public record Spam(List<String> flagHeaders, String flagPattern, String scoreHeader, Double scoreThreshold) {

        public Spam {
            flagHeaders = flagHeaders == null ? List.of("X-Spam-Flag", "X-Spam-Status") : List.copyOf(flagHeaders);
            flagPattern = flagPattern == null ? "yes\\b" : flagPattern;
            scoreHeader = scoreHeader == null ? "X-Spam-Score" : scoreHeader;
            Pattern.compile(flagPattern);
        }
    }

    /**
     * Upper bounds of automatic mail such as acknowledgements. A mail over a bound is not queued and
     * the ticket history records why.
     *
     * @param perRecipientHour automatic mails to one address within one hour
     * @param perRecipientDay automatic mails to one address within 24 hours
     * @param perTicketHour automatic mails about one ticket within one hour
     * @param perTicketDay automatic mails about one ticket within 24 hours
     */
    public record RateLimit(@Min(1) int perRecipientHour, @Min(1) int perRecipientDay, @Min(1) int perTicketHour,
            @Min(1) int perTicketDay) {
    }

    /**
     * Upper bounds of an inbound message. A mail over {@code maxMessageSize} becomes a ticket with a
     * note and is not processed further; a mail over any other bound is quarantined.
     *
     * @param maxMessageSize size of the raw message
     * @param maxHeaderCount header fields of the top-level header block
     * @param maxHeaderSize size of the top-level header block
     * @param maxMimeDepth nesting depth of multiparts and attached messages; the top level is depth 0
     * @param maxMimeParts MIME parts in the whole message, containers included
     */
    public record Limits(DataSize maxMessageSize, int maxHeaderCount, DataSize maxHeaderSize, int maxMimeDepth,
            int maxMimeParts) {

        public Limits {
            maxMessageSize = maxMessageSize == null ? DataSize.ofMegabytes(40) : maxMessageSize;
            maxHeaderCount = maxHeaderCount <= 0 ? 1000 : maxHeaderCount;
            maxHeaderSize = maxHeaderSize == null ? DataSize.ofKilobytes(512) : maxHeaderSize;
            maxMimeDepth = maxMimeDepth <= 0 ? 20 : maxMimeDepth;
            maxMimeParts = maxMimeParts <= 0 ? 1000 : maxMimeParts;
        }
    }
}
