package ch.postdesk.command;

import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.command.Authentication.DecisionSource;
import ch.postdesk.command.Authentication.TokenState;
import ch.postdesk.command.CommandAuthenticator.TokenCheck;
import ch.postdesk.directory.Directory;
import ch.postdesk.directory.TestDirectories;
import ch.postdesk.security.ReplyToken;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

class CommandAuthenticatorTest {

    private static final Directory DIRECTORY = TestDirectories.valid();
    private static final ReplyToken TOKENS = new ReplyToken("unit-test-key-0123456789");
    private final CommandAuthenticator authenticator = new CommandAuthenticator(TOKENS, List.of("MX.example.test"));

    private Authentication authenticate(String sender, String ticket, List<String> tokens, String... results) {
        TokenCheck check = authenticator.checkTokens(DIRECTORY, sender, tokens);
        return authenticator.authenticate(sender, ticket, check, List.of(results));
    }

    @Test
    void tokenIssuedToSenderVerifies() {
        Authentication result = authenticate("agent@example.test", "PD-1001",
                List.of(TOKENS.create("PD-1001", "agent@example.test")));

        assertThat(result.verified()).isTrue();
        assertThat(result.source()).isEqualTo(DecisionSource.TOKEN);
        assertThat(result.tokenState()).isEqualTo(TokenState.VALID);
    }

    @Test
    void teamQueueTokenVerifiesForMembers() {
        Authentication result = authenticate("Agent@Example.test", "PD-1001",
                List.of(TOKENS.create("PD-1001", "platform@example.test")));

        assertThat(result.verified()).isTrue();
        assertThat(result.tokenRecipient()).isEqualTo("platform@example.test");
    }

    @Test
    void onCallTokenVerifiesForTeamMembers() {
        assertThat(authenticate("agent@example.test", "PD-1001",
                List.of(TOKENS.create("PD-1001", "oncall-zurich@example.test"))).verified()).isTrue();
    }

    @Test
    void tokenOfAnotherRecipientFails() {
        Authentication result = authenticate("lead@example.test", "PD-1001",
                List.of(TOKENS.create("PD-1001", "agent@example.test")));

        assertThat(result.verified()).isFalse();
        assertThat(result.tokenState()).isEqualTo(TokenState.OTHER_RECIPIENT);
        assertThat(result.source()).isEqualTo(DecisionSource.NONE);
        assertThat(result.detail()).contains("issued to agent@example.test");
    }

    @Test
    void tokenOfAnotherTicketFails() {
        Authentication result = authenticate("agent@example.test", "PD-1002",
                List.of(TOKENS.create("PD-1001", "agent@example.test")));

        assertThat(result.verified()).isFalse();
        assertThat(result.tokenState()).isEqualTo(TokenState.OTHER_TICKET);
    }

    @Test
    void tamperedTokenFails() {
        String genuine = TOKENS.create("PD-1001", "agent@example.test");
        String otherNumber = "pd-1002" + genuine.substring(genuine.indexOf('.'));
        String flipped = genuine.substring(0, genuine.length() - 1) + (genuine.endsWith("a") ? "b" : "a");

        assertThat(authenticate("agent@example.test", "PD-1002", List.of(otherNumber)).tokenState())
                .isEqualTo(TokenState.INVALID);
        assertThat(authenticate("agent@example.test", "PD-1001", List.of(flipped)).tokenState())
                .isEqualTo(TokenState.INVALID);
        assertThat(authenticate("agent@example.test", "PD-1001", List.of("garbage")).verified()).isFalse();
    }

    @Test
    void tokenOfAnotherKeyFails() {
        String foreign = new ReplyToken("some-other-key-0123456789").create("PD-1001", "agent@example.test");

        assertThat(authenticate("agent@example.test", "PD-1001", List.of(foreign)).tokenState())
                .isEqualTo(TokenState.INVALID);
    }

    @Test
    void noTokenAndNoResultsFails() {
        Authentication result = authenticate("agent@example.test", "PD-1001", List.of());

        assertThat(result.verified()).isFalse();
        assertThat(result.tokenState()).isEqualTo(TokenState.NONE);
        assertThat(result.detail()).isEqualTo("no reply token; no DKIM or DMARC pass from a trusted authserv-id");
    }

    @Test
    void trustedDkimPassVerifies() {
        Authentication result = authenticate("agent@example.test", "PD-1001", List.of(),
                "mx.example.test; spf=pass smtp.mailfrom=example.test;\r\n"
                        + " dkim=pass (2048-bit key) header.d=example.test header.i=@example.test header.s=sel1");

        assertThat(result.verified()).isTrue();
        assertThat(result.source()).isEqualTo(DecisionSource.AUTHENTICATION_RESULTS);
        assertThat(result.detail()).isEqualTo("dkim=pass for example.test from trusted mx.example.test");
    }

    @Test
    void trustedDmarcPassVerifies() {
        assertThat(authenticate("agent@example.test", "PD-1001", List.of(),
                "mx.example.test 1; dmarc=pass (p=reject) header.from=example.test").verified()).isTrue();
    }

    @Test
    void untrustedAuthservIdIsIgnored() {
        Authentication result = authenticate("agent@example.test", "PD-1001", List.of(),
                "attacker.example; dkim=pass header.d=example.test; dmarc=pass header.from=example.test");

        assertThat(result.verified()).isFalse();
        assertThat(result.detail()).contains("untrusted authserv-ids ignored");
    }

    @Test
    void failOrForeignDomainDoesNotVerify() {
        assertThat(authenticate("agent@example.test", "PD-1001", List.of(),
                "mx.example.test; dkim=fail header.d=example.test; dmarc=fail header.from=example.test").verified())
                .isFalse();
        assertThat(authenticate("agent@example.test", "PD-1001", List.of(),
                "mx.example.test; dkim=pass header.d=attacker.example").verified()).isFalse();
        assertThat(authenticate("agent@example.test", "PD-1001", List.of(),
                "mx.example.test; dkim=pass header.d=test").verified()).isFalse();
    }

    @ParameterizedTest(name = "From {0}, d={1}: {2}")
    @CsvSource({
        "example.test, example.test, true",
        "example.test, mail.example.test, true",
        "support.example.test, example.test, true",
        "shop.co.uk, mail.shop.co.uk, true",
        "shop.co.uk, co.uk, false",
        "shop.co.uk, other.co.uk, false",
        "firma.ch, firma.ch.attacker.example, false",
        "example.test, test, false",
    })
    void dkimAlignmentUsesOrganisationalDomain(String fromDomain, String signer, boolean aligned) {
        assertThat(CommandAuthenticator.aligned(fromDomain, signer)).isEqualTo(aligned);
    }

    @Test
    void validTokenWinsOverInvalidOne() {
        TokenCheck check = authenticator.checkTokens(DIRECTORY, "agent@example.test",
                List.of("pd-1001.aaaaaaaaaaaaaaaa", TOKENS.create("PD-1001", "agent@example.test")));

        assertThat(check.state()).isEqualTo(TokenState.VALID);
    }

    @Test
    void parsesCommentsAndQuotedValues() {
        AuthenticationResults results = AuthenticationResults.parse(
                "MX.Example.Test (mail relay); dkim=pass (good sig) header.d=\"example.test\"; none").orElseThrow();

        assertThat(results.authservId()).isEqualTo("mx.example.test");
        assertThat(results.results()).hasSize(1);
        assertThat(results.results().get(0).properties()).containsEntry("header.d", "example.test");
    }
}
