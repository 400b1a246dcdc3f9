package ch.postdesk.approval;

import ch.postdesk.communication.CommunicationProperties;
import ch.postdesk.communication.CustomerNotifier;
import ch.postdesk.communication.SignedLinks;
import ch.postdesk.communication.TicketCustomers;
import ch.postdesk.directory.DirectoryFile.Agent;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.notify.MailEvent;
import ch.postdesk.notify.OwnAddresses;
import ch.postdesk.parsing.ParsedMail;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.HistoryRecorder;
import ch.postdesk.ticket.Ticket;
import ch.postdesk.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval of scope, timeline and cost: sends a request to the ticket's contact, and records the
 * customer's decision by signed link or by a keyword reply. Only addresses of the ticket's
 * customer decide; a request is decided once, expires, and is replaced by a newer request for the
 * same ticket. Every decision and every rejected attempt goes to the ticket history; decisions
 * are confirmed to the customer and reported to the requesting agent and the ticket's team.
 */
@Service
public class ApprovalService {

    /** Purpose of approval link tokens. */
    static final String TOKEN_PURPOSE = "approval";

    private static final Logger log = LoggerFactory.getLogger(ApprovalService.class);

    private final ApprovalRequestRepository requests;
    private final TicketRepository tickets;
    private final CustomerNotifier notifier;
    private final SignedLinks links;
    private final TicketCustomers customers;
    private final DirectoryService directory;
    private final OwnAddresses ownAddresses;
    private final HistoryRecorder history;
    private final CommunicationProperties properties;
    private final Clock clock;

    public ApprovalService(ApprovalRequestRepository requests, TicketRepository tickets, CustomerNotifier notifier,
            SignedLinks links, TicketCustomers customers, DirectoryService directory, OwnAddresses ownAddresses,
            HistoryRecorder history, CommunicationProperties properties, Clock clock) {
        this.requests = requests;
        this.tickets = tickets;
        this.notifier = notifier;
        this.links = links;
        this.customers = customers;
        this.directory = directory;
        this.ownAddresses = ownAddresses;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends a new approval request to the ticket's contact and replaces any pending one.
     *
     * @param requestedBy address of the agent (or team member, if allowed) who asks
     * @throws ApprovalException when a value is missing, the requester may not ask, or the ticket has no contact
     */
    @Transactional
    public ApprovalRequest request(Ticket ticket, String scope, String timeline, String cost, String requestedBy) {
        requireText("scope", scope, 10_000);
        requireText("timeline", timeline, 1000);
        requireText("cost", cost, 255);
        Agent agent = requester(requestedBy);
        String recipient = ticket.getContactAddress();
        if (recipient == null || recipient.isBlank() || ownAddresses.contains(recipient)) {
            throw new ApprovalException("ticket " + ticket.getNumber()
                    + " has no customer contact address to send the approval request to");
        }
        Ticket locked = tickets.findByIdForUpdate(ticket.getId()).orElseThrow();
        Instant now = clock.instant();

        for (ApprovalRequest pending : requests.findByTicketIdAndStatus(locked.getId(), ApprovalRequest.Status.PENDING)) {
            pending.supersede();
            history.record(locked, "approval-superseded", requestedBy, "request #" + pending.getId());
        }
        ApprovalRequest request = requests.save(new ApprovalRequest(locked.getId(), scope.strip(), timeline.strip(),
                cost.strip(), requestedBy.strip().toLowerCase(java.util.Locale.ROOT), recipient, now,
                now.plus(properties.approvalValidFor()), SignedLinks.newNonce()));

        String token = links.sign(TOKEN_PURPOSE, request.getId(), request.getTokenNonce(), request.getExpiresAt());
        String pageUrl = links.url(ApprovalPageController.PATH + "/" + token);
        Map<String, Object> approval = new HashMap<>();
        approval.put("scope", request.getScope());
        approval.put("timeline", request.getTimeline());
        approval.put("cost", request.getCost());
        approval.put("expiresAt", customers.dateTime(locked, request.getExpiresAt()));
        approval.put("approveUrl", pageUrl + "?decision=approve");
        approval.put("declineUrl", pageUrl + "?decision=decline");
        approval.put("requestedByName", agent.name() == null ? "" : agent.name());
        // A person asks and expects an answer, so the request carries no Auto-Submitted header.
        Optional<Article> sent = notifier.toCustomer(locked, MailEvent.APPROVAL_REQUEST, null,
                Map.of("approval", approval));
        sent.ifPresent(article -> request.setMessageId(article.getMessageId()));
        history.record(locked, "approval-requested", requestedBy, "request #" + request.getId() + "; scope: "
                + request.getScope() + "; timeline: " + request.getTimeline() + "; cost: " + request.getCost());
        locked.touch(now);
        log.info("Approval request #{} for ticket {} sent to {} by {}", request.getId(), locked.getNumber(), recipient,
                requestedBy);
        return request;
    }

    /** Returns the request a link token names, after checking its signature; empty for an invalid token. */
    @Transactional(readOnly = true)
    public Optional<ApprovalRequest> findByToken(String token) {
        return links.verify(TOKEN_PURPOSE, token)
                .flatMap(claims -> requests.findById(claims.id())
                        .filter(request -> request.getTokenNonce().equals(claims.nonce())));
    }

    /** Returns what deciding through {@code token} would result in now, without recording anything. */
    @Transactional(readOnly = true)
    public ApprovalOutcome check(String token) {
        Optional<ApprovalRequest> request = findByToken(token);
        if (request.isEmpty()) {
            return ApprovalOutcome.INVALID;
        }
        Ticket ticket = tickets.findById(request.get().getTicketId()).orElseThrow();
        return checkDecidable(request.get(), ticket, request.get().getRecipient(), clock.instant());
    }

    /** Records a decision made on the confirmation page that a signed link opened. */
    @Transactional
    public ApprovalOutcome decideByLink(String token, boolean approve) {
        Optional<SignedLinks.Claims> claims = links.verify(TOKEN_PURPOSE, token);
        if (claims.isEmpty()) {
            log.warn("Approval link rejected: token is malformed or wrongly signed");
            return ApprovalOutcome.INVALID;
        }
        Optional<ApprovalRequest> found = requests.findByIdForUpdate(claims.get().id())
                .filter(request -> request.getTokenNonce().equals(claims.get().nonce()));
        if (found.isEmpty()) {
            log.warn("Approval link rejected: request #{} not found or token does not match", claims.get().id());
            return ApprovalOutcome.INVALID;
        }
        ApprovalRequest request = found.get();
        Ticket ticket = tickets.findByIdForUpdate(request.getTicketId()).orElseThrow();
        return decide(request, ticket, request.getRecipient(), approve, ApprovalRequest.Via.LINK);
    }

    /**
     * Records a decision from a customer reply whose first line is an approval keyword, in the
     * caller's transaction. Returns empty when the reply holds no keyword or the ticket has no
     * approval request, so that the reply is handled as an ordinary message.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ApprovalOutcome> decideByReply(Ticket ticket, Article article, ParsedMail parsed) {
        Optional<Boolean> decision = ApprovalKeywords.decision(article.getVisibleText());
        if (decision.isEmpty()) {
            return Optional.empty();
        }
        List<ApprovalRequest> all = requests.findByTicketIdOrderByIdDesc(ticket.getId());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        ApprovalRequest request = answeredRequest(all, parsed);
        ApprovalRequest locked = requests.findByIdForUpdate(request.getId()).orElseThrow();
        return Optional.of(decide(locked, ticket, parsed.fromAddress(), decision.get(), ApprovalRequest.Via.REPLY));
    }

    /** Returns whether {@code text} starts with an approval keyword and the ticket has a pending request. */
    @Transactional(readOnly = true)
    public boolean isDecisionReply(Ticket ticket, String text) {
        return ApprovalKeywords.decision(text).isPresent()
                && !requests.findByTicketIdAndStatus(ticket.getId(), ApprovalRequest.Status.PENDING).isEmpty();
    }

    @Transactional(readOnly = true)
    public List<ApprovalRequest> list(Ticket ticket) {
        return requests.findByTicketIdOrderByIdDesc(ticket.getId());
    }

    /** The request the reply answers by its threading headers, else the ticket's newest request. */
    private static ApprovalRequest answeredRequest(List<ApprovalRequest> newestFirst, ParsedMail parsed) {
        Set<String> referenced = new HashSet<>(parsed.inReplyTo());
        referenced.addAll(parsed.references());
        for (ApprovalRequest request : newestFirst) {
            if (request.getMessageId() != null && referenced.contains(request.getMessageId())) {
                // A reply to an old request is still judged on that request, so it cannot decide a newer one.
                return request;
            }
        }
        return newestFirst.get(0);
    }

    private ApprovalOutcome decide(ApprovalRequest request, Ticket ticket, String decidedBy, boolean approve,
            ApprovalRequest.Via via) {
        Instant now = clock.instant();
        ApprovalOutcome outcome = checkDecidable(request, ticket, decidedBy, now);
        String channel = via.name().toLowerCase(java.util.Locale.ROOT);
        if (outcome != ApprovalOutcome.RECORDED) {
            history.record(ticket, "approval-rejected", decidedBy, "request #" + request.getId() + " by " + channel
                    + ": " + outcome.pageState());
            log.warn("Approval of request #{} (ticket {}) by {} via {} rejected: {}", request.getId(),
                    ticket.getNumber(), decidedBy, channel, outcome.pageState());
            return outcome;
        }
        request.decide(approve, decidedBy, via, now);
        history.record(ticket, approve ? "approval-approved" : "approval-declined", decidedBy,
                "request #" + request.getId() + " by " + channel);
        ticket.touch(now);
        log.info("Approval request #{} of ticket {} {} by {} via {}", request.getId(), ticket.getNumber(),
                approve ? "approved" : "declined", decidedBy, channel);

        Map<String, Object> approval = new HashMap<>();
        approval.put("scope", request.getScope());
        approval.put("timeline", request.getTimeline());
        approval.put("cost", request.getCost());
        approval.put("approved", approve);
        approval.put("decidedBy", decidedBy);
        approval.put("decidedAt", customers.dateTime(ticket, now));
        notifier.toCustomer(ticket, MailEvent.APPROVAL_RECORDED, via == ApprovalRequest.Via.REPLY
                ? CustomerNotifier.AUTO_REPLIED : CustomerNotifier.AUTO_GENERATED, Map.of("approval", approval));

        Map<String, Object> staffApproval = new HashMap<>(approval);
        staffApproval.put("decidedAt", now.toString());
        staffApproval.put("via", channel);
        staffApproval.put("requestedBy", request.getRequestedBy());
        staffApproval.put("ticketNumber", ticket.getNumber());
        staffApproval.put("ticketSubject", ticket.getSubject());
        staffApproval.put("customerName", customers.customer(ticket).map(c -> c.name())
                .orElse(ticket.getContactAddress() == null ? "" : ticket.getContactAddress()));
        List<String> staff = new ArrayList<>();
        staff.add(request.getRequestedBy());
        directory.current().team(ticket.getTeamKey()).ifPresent(team -> staff.add(team.queueAddress()));
        notifier.toStaff(ticket, MailEvent.STAFF_APPROVAL_DECIDED, staff, Map.of("approval", staffApproval));
        return outcome;
    }

    private ApprovalOutcome checkDecidable(ApprovalRequest request, Ticket ticket, String decidedBy, Instant now) {
        if (request.getStatus() == ApprovalRequest.Status.SUPERSEDED) {
            return ApprovalOutcome.SUPERSEDED;
        }
        if (request.getStatus() != ApprovalRequest.Status.PENDING) {
            return ApprovalOutcome.ALREADY_DECIDED;
        }
        if (!customers.speaksFor(ticket, decidedBy)) {
            return ApprovalOutcome.NOT_ALLOWED;
        }
        if (request.isExpired(now)) {
            return ApprovalOutcome.EXPIRED;
        }
        return ApprovalOutcome.RECORDED;
    }

    private Agent requester(String address) {
        if (address == null || address.isBlank()) {
            throw new ApprovalException("requestedBy is missing: give the address of the agent who asks");
        }
        Agent agent = directory.current().agentForAddress(address).orElseThrow(() -> new ApprovalException(
                "requestedBy " + address + " is not an agent in the directory"));
        boolean agentRole = agent.roles().isEmpty() || agent.roles().contains("agent") || agent.roles().contains("lead");
        boolean teamMember = agent.roles().contains("team-member");
        if (!agentRole && !(teamMember && properties.teamMembersMayRequestApprovals())) {
            throw new ApprovalException("requestedBy " + address + " may not request approvals: only agents may,"
                    + " and team members when postdesk.communication.team-members-may-request-approvals is true");
        }
        return agent;
    }

    private static void requireText(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ApprovalException(name + " is missing");
        }
        if (value.length() > maxLength) {
            throw new ApprovalException(name + " is too long (" + value.length() + " characters, at most "
                    + maxLength + ")");
        }
    }
}
