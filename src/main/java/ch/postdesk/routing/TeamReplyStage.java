package ch.postdesk.routing;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.inbound.InboundMail;
import ch.postdesk.inbound.InboundMail.ThreadMatch;
import ch.postdesk.inbound.InboundProperties;
import ch.postdesk.outbox.OutboundProperties;
import ch.postdesk.parsing.MailAddress;
import ch.postdesk.parsing.ParsedMail;
import ch.postdesk.security.ReplyToken;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pipeline stage after thread resolution: recognises replies to the tokenised Reply-To of mail
 * Postdesk sent to staff ({@code support+<token>@...} in To, Cc, Delivered-To or X-Original-To).
 * A valid token overrides the thread match with the token's ticket and marks the mail as a team
 * reply, which the store step keeps as an internal note. An invalid token is logged and the mail
 * is handled like any other.
 */
@Component("teamReplyDetector")
public class TeamReplyStage {

    private static final Logger log = LoggerFactory.getLogger(TeamReplyStage.class);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;\"]+@[^\\s<>,;\"]+");

    private final ReplyToken replyToken;
    private final InboundProperties inbound;
    private final OutboundProperties outbound;
    private final TicketRepository tickets;
    private final DirectoryService directory;

    public TeamReplyStage(ReplyToken replyToken, InboundProperties inbound, OutboundProperties outbound,
            TicketRepository tickets, DirectoryService directory) {
        this.replyToken = replyToken;
        this.inbound = inbound;
        this.outbound = outbound;
        this.tickets = tickets;
        this.directory = directory;
    }

    public void detect(InboundMail mail) {
        find(mail.parsed()).ifPresent(reply -> {
            mail.setTeamReply(reply);
            mail.setThread(new ThreadMatch(reply.ticketId(), "reply-token", mail.thread().duplicateOf()));
        });
    }

    /** Returns the team reply the mail's recipients prove, or empty. Read-only. */
    public Optional<TeamReply> find(ParsedMail parsed) {
        Set<String> bases = new LinkedHashSet<>();
        inbound.mailboxes().forEach(mailbox -> bases.add(mailbox.address()));
        bases.add(outbound.fromAddress());
        for (String recipient : recipients(parsed)) {
            for (String base : bases) {
                Optional<String> token = ReplyToken.tokenOf(recipient, base);
                if (token.isPresent()) {
                    Optional<TeamReply> reply = verify(token.get(), parsed);
                    if (reply.isPresent()) {
                        return reply;
                    }
                    log.warn("Reply address {} in <{}> carries an invalid or unknown token; handling the mail as"
                            + " ordinary mail", recipient, parsed.messageId());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<TeamReply> verify(String token, ParsedMail parsed) {
        Optional<Ticket> ticket = ReplyToken.ticketNumberOf(token).flatMap(tickets::findByNumber);
        if (ticket.isEmpty()) {
            return Optional.empty();
        }
        Directory current = directory.current();
        for (String candidate : current.staffAddresses()) {
            if (replyToken.verify(token, candidate)) {
                String sender = parsed.fromAddress();
                boolean staff = sender != null && current.staffAddresses().contains(Directory.normalize(sender));
                return Optional.of(new TeamReply(ticket.get().getId(), ticket.get().getNumber(), candidate, sender,
                        staff));
            }
        }
        return Optional.empty();
    }

    private static List<String> recipients(ParsedMail parsed) {
        List<String> recipients = new ArrayList<>();
        parsed.to().stream().map(MailAddress::address).filter(a -> a != null).forEach(recipients::add);
        parsed.cc().stream().map(MailAddress::address).filter(a -> a != null).forEach(recipients::add);
        for (String header : List.of("Delivered-To", "X-Original-To")) {
            for (String value : parsed.headers(header)) {
                Matcher matcher = ADDRESS.matcher(value);
                while (matcher.find()) {
                    recipients.add(matcher.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return recipients;
    }
}
