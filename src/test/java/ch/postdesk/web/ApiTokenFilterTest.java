package ch.postdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Startup rules and request checks of the API token filter. */
class ApiTokenFilterTest {

    @Test
    void productionWithoutTokenRefusesToStart() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("postdesk.embedded.enabled", "false")
                .withProperty("server.address", "127.0.0.1");

        assertThatThrownBy(() -> new ApiTokenFilter(new ApiProperties(null), environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POSTDESK_API_TOKEN");
    }

    @Test
    void embeddedOffLoopbackWithoutTokenRefusesToStart() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("postdesk.embedded.enabled", "true")
                .withProperty("server.address", "0.0.0.0");

        assertThatThrownBy(() -> new ApiTokenFilter(new ApiProperties(""), environment))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void embeddedOnLoopbackAcceptsDemoToken() throws Exception {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("postdesk.embedded.enabled", "true")
                .withProperty("server.address", "127.0.0.1");
        ApiTokenFilter filter = new ApiTokenFilter(new ApiProperties(null), environment);

        assertThat(status(filter, "Bearer " + ApiProperties.DEMO_TOKEN)).isEqualTo(200);
        assertThat(status(filter, "Bearer something-else")).isEqualTo(401);
    }

    @Test
    void configuredTokenIsRequiredOnApiPaths() throws Exception {
        MockEnvironment environment = new MockEnvironment().withProperty("postdesk.embedded.enabled", "false");
        ApiTokenFilter filter = new ApiTokenFilter(new ApiProperties("s3cret-token"), environment);

        assertThat(status(filter, "Bearer s3cret-token")).isEqualTo(200);
        assertThat(status(filter, "bearer s3cret-token")).isEqualTo(200);
        assertThat(status(filter, null)).isEqualTo(401);
        assertThat(status(filter, "Basic czNjcmV0LXRva2Vu")).isEqualTo(401);
        assertThat(status(filter, "Bearer " + ApiProperties.DEMO_TOKEN)).isEqualTo(401);
    }

    private static int status(ApiTokenFilter filter, String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/tickets");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
