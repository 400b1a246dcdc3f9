package ch.postdesk.command;

import ch.postdesk.command.Authentication.TokenState;
import ch.postdesk.command.CommandAuthenticator.TokenCheck;
import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.inbound.InboundMail;
import ch.postdesk.inbound.InboundMail.ThreadMatch;
import ch.postdesk.inbound.InboundProperties;
import ch.postdesk.outbox.OutboundProperties;
import ch.postdesk.parsing.MailAddress;
import ch.postdesk.parsing.ParsedMail;
import ch.postdesk.routing.TeamReply;
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
 * Pipeline stage after thread resolution: finds staff mail about an existing ticket and checks
 * who sent it. Read-only; the store step acts on the result.
 *
 * <p>A reply token in a recipient address ({@code support+<token>@...} in To, Cc, Delivered-To
 * or X-Original-To) that verifies for some staff address moves the mail to the token's ticket. A
 * mail about an existing ticket is staff mail when its From is a staff address of the directory,
 * or when it carries such a genuine token. Staff mail is kept as an internal note and skips
 * triage, and its command lines are parsed and authenticated here. Any other mail is customer mail,
 * whose {@code #} lines are plain text. A token that verifies for nobody is logged and ignored.
 */
@Component("staffMailDetector")
public class StaffMailStage {

    private static final Logger log = LoggerFactory.getLogger(StaffMailStage.class);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;\"]+@[^\\s<>,;\"]+");

    private final CommandAuthenticator authenticator;
    private final InboundProperties inbound;
    private final OutboundProperties outbound;
    private final TicketRepository tickets;
    private final DirectoryService directory;

    public StaffMailStage(ReplyToken replyToken, CommandProperties properties, InboundProperties inbound,
            OutboundProperties outbound, TicketRepository tickets, DirectoryService directory) {
        this.authenticator = new CommandAuthenticator(replyToken, properties.trustedAuthservIds());
        this.inbound = inbound;
        this.outbound = outbound;
        this.tickets = tickets;
        this.directory = directory;
    }

    public void detect(InboundMail mail) {
        ParsedMail parsed = mail.parsed();
        Directory current = directory.current();
        String sender = parsed.fromAddress();
        List<String> tokens = tokens(parsed);
        TokenCheck token = authenticator.checkTokens(current, sender, tokens);
        if (token.ticketNumber() != null) {
            Optional<Ticket> named = tickets.findByNumber(token.ticketNumber());
            if (named.isPresent()) {
                mail.setThread(new ThreadMatch(named.get().getId(), "reply-token", mail.thread().duplicateOf()));
            } else {
                token = new TokenCheck(TokenState.INVALID, null, null);
            }
        }
        if (token.state() == TokenState.INVALID) {
            log.warn("A reply address in <{}> carries an invalid or unknown token", parsed.messageId());
        }
        Long ticketId = mail.thread().ticketId();
        boolean staff = sender != null && current.staffAddresses().contains(Directory.normalize(sender));
        boolean genuineToken = token.ticketNumber() != null;
        if (ticketId == null || !staff && !genuineToken) {
            return;
        }
        Ticket ticket = tickets.findById(ticketId).orElseThrow();
        Authentication authentication = authenticator.authenticate(sender, ticket.getNumber(), token,
                parsed.headers("Authentication-Results"));
        CommandParser.CommandBlock block = CommandParser.parse(parsed.visibleText());
        mail.setTeamReply(new TeamReply(ticketId, ticket.getNumber(), token.recipient(), sender, staff,
                authentication.verified()));
        mail.setCommandMail(new CommandMail(sender, current.agentForAddress(sender).orElse(null), ticket.getNumber(),
                authentication, block));
        log.info("Staff mail <{}> from {} for ticket {}: {} ({}), {} command line(s)", parsed.messageId(), sender,
                ticket.getNumber(), authentication.verified() ? "verified" : "not verified",
                authentication.source().apiName(), block.commands().size());
    }

    /** Returns the tokens of every recipient address that is a plus-address of a Postdesk mailbox. */
    private List<String> tokens(ParsedMail parsed) {
        Set<String> bases = new LinkedHashSet<>();
        inbound.mailboxes().forEach(mailbox -> bases.add(mailbox.address()));
        bases.add(outbound.fromAddress());
        Set<String> tokens = new LinkedHashSet<>();
        for (String recipient : recipients(parsed)) {
            for (String base : bases) {
                ReplyToken.tokenOf(recipient, base).ifPresent(tokens::add);
            }
        }
        return List.copyOf(tokens);
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
