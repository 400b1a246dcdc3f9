package ch.postdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReplyTokenTest {

    private final ReplyToken tokens = new ReplyToken("a-test-key-of-enough-length");

    @Test
    void tokenVerifiesForItsRecipientOnly() {
        String token = tokens.create("PD-1001", "team-platform@postdesk.test");

        assertThat(tokens.verify(token, "Team-Platform@postdesk.test")).isTrue();
        assertThat(tokens.verify(token, "team-data@postdesk.test")).isFalse();
    }

    @Test
    void tokenIsBoundToTicket() {
        String token = tokens.create("PD-1001", "team-platform@postdesk.test");
        String otherTicket = token.replace("pd-1001.", "pd-1002.");

        assertThat(tokens.verify(otherTicket, "team-platform@postdesk.test")).isFalse();
        assertThat(ReplyToken.ticketNumberOf(token)).contains("PD-1001");
    }

    @Test
    void otherKeyRejectsToken() {
        String token = new ReplyToken("another-key-of-enough-length").create("PD-1001", "team-platform@postdesk.test");

        assertThat(tokens.verify(token, "team-platform@postdesk.test")).isFalse();
    }

    @Test
    void replyAddressRoundTrip() {
        String address = tokens.replyAddress("support@postdesk.test", "PD-1001", "am@postdesk.test");

        assertThat(address).matches("support\\+pd-1001\\.[a-z2-7]{16}@postdesk\\.test");
        assertThat(address.substring(0, address.indexOf('@')).length()).isLessThanOrEqualTo(64);
        String token = ReplyToken.tokenOf(address.toUpperCase(), "support@postdesk.test").orElseThrow();
        assertThat(tokens.verify(token, "am@postdesk.test")).isTrue();
    }

    @Test
    void tokenOfIgnoresOtherAddresses() {
        assertThat(ReplyToken.tokenOf("support@postdesk.test", "support@postdesk.test")).isEmpty();
        assertThat(ReplyToken.tokenOf("sales+x@postdesk.test", "support@postdesk.test")).isEmpty();
        assertThat(ReplyToken.tokenOf("support+x@other.test", "support@postdesk.test")).isEmpty();
        assertThat(ReplyToken.ticketNumberOf("garbage")).isEmpty();
    }

    @Test
    void shortKeyRejected() {
        assertThatThrownBy(() -> new ReplyToken("short"))
                .hasMessageContaining("set postdesk.routing.reply-token-key to a long random value");
    }
}
