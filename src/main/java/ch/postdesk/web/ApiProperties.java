package ch.postdesk.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access to the HTTP API.
 *
 * @param token bearer token that every {@code /api/**} request must carry; set it through
 *     {@code POSTDESK_API_TOKEN}. Without it the embedded default falls back to {@link #DEMO_TOKEN}
 *     on loopback, and any other configuration refuses to start.
 */
@ConfigurationProperties("postdesk.api")
public record ApiProperties(String token) {

    /** Token of the embedded demo; documented in the README and never accepted off loopback. */
    public static final String DEMO_TOKEN = "postdesk-demo-token";

    @Override
    public String toString() {
        return "ApiProperties[token=" + (token == null || token.isBlank() ? "<none>" : "<hidden>") + "]";
    }
}
