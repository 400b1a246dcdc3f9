package ch.postdesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires {@code Authorization: Bearer <token>} on every {@code /api/**} request and answers
 * 401 before any handler runs otherwise. Tokens are compared in constant time.
 */
@Component
public class ApiTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenFilter.class);

    private final byte[] expected;

    public ApiTokenFilter(ApiProperties properties, Environment environment) {
        String token = properties.token();
        boolean embedded = environment.getProperty("postdesk.embedded.enabled", Boolean.class, false);
        String address = environment.getProperty("server.address", "");
        if (token == null || token.isBlank()) {
            if (!embedded || !isLoopback(address)) {
                throw new IllegalStateException("postdesk.api.token is not set: set POSTDESK_API_TOKEN to a long"
                        + " random value. Only the embedded demo on a loopback server.address may run without it.");
            }
            log.warn("POSTDESK_API_TOKEN is not set: the API accepts the demo token '{}' on {} only",
                    ApiProperties.DEMO_TOKEN, address);
            token = ApiProperties.DEMO_TOKEN;
        }
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || !MessageDigest.isEqual(expected, header.substring(7).trim().getBytes(StandardCharsets.UTF_8))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"postdesk\"");
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"missing or invalid bearer token\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
