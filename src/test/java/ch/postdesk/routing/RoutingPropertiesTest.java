package ch.postdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class RoutingPropertiesTest {

    private static final String KEY = "a-test-key-of-enough-length";

    @Test
    void maxAttachedSizeDefaultsToTenMegabytes() {
        RoutingProperties properties = new RoutingProperties(KEY, null, null, null, null, null);

        assertThat(properties.maxAttachedSize()).isEqualTo(DataSize.ofMegabytes(10));
    }

    @Test
    void negativeMaxAttachedSizeRejected() {
        assertThatThrownBy(() -> new RoutingProperties(KEY, null, null, null, null, DataSize.ofBytes(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postdesk.routing.max-attached-size");
    }

    @Test
    void attachmentLinkExtendsTicketLink() {
        RoutingProperties properties = new RoutingProperties(KEY, null, null,
                "https://desk.example.test/api/tickets/{number}", null, null);

        assertThat(properties.attachmentLink("PD-1001", 42))
                .isEqualTo("https://desk.example.test/api/tickets/PD-1001/attachments/42");
    }

    @Test
    void toStringHidesKeyShowsLimit() {
        String text = new RoutingProperties(KEY, null, null, null, null, DataSize.ofMegabytes(5)).toString();

        assertThat(text).doesNotContain(KEY);
        assertThat(text).contains("maxAttachedSize=5242880B");
    }
}
