package ch.postdesk.command;

import ch.postdesk.command.Authentication.DecisionSource;
import ch.postdesk.command.Authentication.TokenState;
import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryFile.Team;
import ch.postdesk.security.ReplyToken;
import com.google.common.net.InternetDomainName;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a staff mail proves its sender. A mail is proven when either holds:
 * <ul>
 * <li>a recipient address carries a reply token for the mail's ticket that was issued to the
 *     sender, or to the queue or an on-call address of a team whose members include the sender;</li>
 * <li>an {@code Authentication-Results} field from a trusted authserv-id reports {@code dkim=pass}
 *     with {@code header.d} equal to the From domain or a parent of it, or {@code dmarc=pass}
 *     with {@code header.from} equal to the From domain.</li>
 * </ul>
 * Whether the sender's role allows commands is decided elsewhere. The trusted MTA must remove
 * {@code Authentication-Results} fields with its own authserv-id from incoming mail, as RFC 8601
 * section 5 requires; otherwise a sender could add a forged one.
 */
public final class CommandAuthenticator {

    private final ReplyToken replyToken;
    private final Set<String> trustedAuthservIds;

    public CommandAuthenticator(ReplyToken replyToken, List<String> trustedAuthservIds) {
        this.replyToken = replyToken;
        this.trustedAuthservIds = trustedAuthservIds.stream().map(id -> id.strip().toLowerCase(Locale.ROOT))
                .filter(id -> !id.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The best of a mail's reply tokens.
     *
     * @param ticketNumber the ticket a genuine token names, or null when no token verifies
     * @param recipient the address a genuine token was issued to, or null
     */
    public record TokenCheck(TokenState state, String ticketNumber, String recipient) {

        public static final TokenCheck NONE = new TokenCheck(TokenState.NONE, null, null);
    }

    /**
     * Checks the tokens found in a mail's recipient addresses against every staff address of the
     * directory. A token issued to the sender wins over one issued to someone else, which wins
     * over a token that verifies for nobody.
     */
    public TokenCheck checkTokens(Directory directory, String sender, List<String> tokens) {
        TokenCheck best = TokenCheck.NONE;
        for (String token : tokens) {
            TokenCheck check = checkToken(directory, sender, token);
            if (rank(check.state()) > rank(best.state())) {
                best = check;
            }
        }
        return best;
    }

    private TokenCheck checkToken(Directory directory, String sender, String token) {
        Optional<String> ticket = ReplyToken.ticketNumberOf(token);
        if (ticket.isEmpty()) {
            return new TokenCheck(TokenState.INVALID, null, null);
        }
        for (String candidate : directory.staffAddresses()) {
            if (replyToken.verify(token, candidate)) {
                TokenState state = receivedBy(directory, sender, candidate) ? TokenState.VALID
                        : TokenState.OTHER_RECIPIENT;
                return new TokenCheck(state, ticket.get(), candidate);
            }
        }
        return new TokenCheck(TokenState.INVALID, null, null);
    }

    /** Returns whether mail to {@code recipient} reaches {@code sender}: it is their address, or the queue or an
     * on-call address of their team. */
    static boolean receivedBy(Directory directory, String sender, String recipient) {
        if (sender == null) {
            return false;
        }
        String normalizedSender = Directory.normalize(sender);
        if (Directory.normalize(recipient).equals(normalizedSender)) {
            return true;
        }
        String normalizedRecipient = Directory.normalize(recipient);
        for (Team team : directory.teams()) {
            if (sharedAddresses(team).contains(normalizedRecipient) && directory.isTeamMember(team.key(), normalizedSender)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the team's queue and on-call addresses: shared mailboxes through which its members receive mail. */
    private static Set<String> sharedAddresses(Team team) {
        Set<String> addresses = new HashSet<>();
        if (team.queueAddress() != null) {
            addresses.add(Directory.normalize(team.queueAddress()));
        }
        if (team.onCall() != null) {
            if (team.onCall().defaultAddress() != null) {
                addresses.add(Directory.normalize(team.onCall().defaultAddress()));
            }
            team.onCall().windows().stream().filter(window -> window.address() != null)
                    .forEach(window -> addresses.add(Directory.normalize(window.address())));
        }
        return addresses;
    }

    /**
     * Decides whether a staff mail about {@code ticketNumber} proves {@code sender}.
     *
     * @param authenticationResults the values of every {@code Authentication-Results} field of the mail
     */
    public Authentication authenticate(String sender, String ticketNumber, TokenCheck token,
            List<String> authenticationResults) {
        TokenState state = token.state();
        if (state == TokenState.VALID && !token.ticketNumber().equalsIgnoreCase(ticketNumber)) {
            state = TokenState.OTHER_TICKET;
        }
        if (state == TokenState.VALID) {
            return new Authentication(true, DecisionSource.TOKEN, state, token.recipient(),
                    "reply token for " + ticketNumber + " issued to " + token.recipient());
        }
        Optional<String> pass = trustedPass(sender, authenticationResults);
        if (pass.isPresent()) {
            return new Authentication(true, DecisionSource.AUTHENTICATION_RESULTS, state, token.recipient(),
                    pass.get());
        }
        return new Authentication(false, DecisionSource.NONE, state, token.recipient(), failureDetail(state, token,
                ticketNumber, authenticationResults));
    }

    private Optional<String> trustedPass(String sender, List<String> headers) {
        String domain = domainOf(sender);
        if (domain == null) {
            return Optional.empty();
        }
        for (String header : headers) {
            Optional<AuthenticationResults> parsed = AuthenticationResults.parse(header);
            if (parsed.isEmpty() || !trustedAuthservIds.contains(parsed.get().authservId())) {
                continue;
            }
            for (AuthenticationResults.MethodResult result : parsed.get().results()) {
                if (!"pass".equals(result.result())) {
                    continue;
                }
                if ("dkim".equals(result.method()) && aligned(domain, result.properties().get("header.d"))) {
                    return Optional.of("dkim=pass for " + domain + " from trusted " + parsed.get().authservId());
                }
                if ("dmarc".equals(result.method())
                        && domain.equalsIgnoreCase(String.valueOf(result.properties().get("header.from")))) {
                    return Optional.of("dmarc=pass for " + domain + " from trusted " + parsed.get().authservId());
                }
            }
        }
        return Optional.empty();
    }

    private String failureDetail(TokenState state, TokenCheck token, String ticketNumber, List<String> headers) {
        String tokenPart = switch (state) {
            case NONE -> "no reply token";
            case OTHER_RECIPIENT -> "reply token issued to " + token.recipient() + ", not to the sender or their team";
            case OTHER_TICKET -> "reply token for ticket " + token.ticketNumber() + ", not " + ticketNumber;
            case INVALID -> "reply token is invalid (tampered, unknown ticket or another key)";
            case VALID -> "reply token valid";
        };
        boolean untrusted = headers.stream().map(AuthenticationResults::parse).flatMap(Optional::stream)
                .anyMatch(results -> !trustedAuthservIds.contains(results.authservId()));
        return tokenPart + "; no DKIM or DMARC pass from a trusted authserv-id"
                + (untrusted ? " (Authentication-Results from untrusted authserv-ids ignored)" : "");
    }

    /**
     * Returns whether the DKIM signing domain {@code signer} is aligned with the From domain in
     * DMARC's relaxed mode (RFC 7489, section 3.1.1): both have the same organisational domain.
     */
    static boolean aligned(String fromDomain, String signer) {
        if (signer == null || signer.isBlank()) {
            return false;
        }
        String organisation = organisationalDomain(fromDomain);
        return organisation != null && organisation.equals(organisationalDomain(signer.strip()));
    }

    /**
     * Returns the organisational domain of {@code domain}: the public suffix from the public suffix
     * list (as shipped with Guava) plus one label. A name that is itself a public suffix has none.
     * A name under no listed suffix, such as an internal or {@code .test} domain, takes its last
     * two labels.
     */
    static String organisationalDomain(String domain) {
        String lower = domain.toLowerCase(Locale.ROOT);
        try {
            InternetDomainName name = InternetDomainName.from(lower);
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
            if (name.isPublicSuffix()) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        String[] labels = lower.split("\\.");
        return labels.length < 2 ? null : labels[labels.length - 2] + "." + labels[labels.length - 1];
    }

    private static String domainOf(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? null : address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static int rank(TokenState state) {
        return switch (state) {
            case NONE -> 0;
            case INVALID -> 1;
            case OTHER_TICKET -> 2;
            case OTHER_RECIPIENT -> 3;
            case VALID -> 4;
        };
    }
}
