package ch.postdesk.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code Authentication-Results} header field as RFC 8601 defines it:
 * {@code authserv-id [version]; method=result ptype.property=value ...; ...}. Comments in
 * parentheses are dropped, and names and results are compared in lower case.
 *
 * @param authservId the id of the server that added the field, such as {@code mx.example.com}
 * @param results one entry per method result, in order
 */
public record AuthenticationResults(String authservId, List<MethodResult> results) {

    /**
     * One method result, such as {@code dkim=pass header.d=example.com}.
     *
     * @param method the method in lower case, without version, such as {@code dkim} or {@code dmarc}
     * @param result the result in lower case, such as {@code pass} or {@code fail}
     * @param properties {@code ptype.property} in lower case to value, such as {@code header.d} to {@code example.com}
     */
    public record MethodResult(String method, String result, Map<String, String> properties) {
    }

    /** Parses a header value; returns empty when it has no authserv-id. */
    public static Optional<AuthenticationResults> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = withoutComments(value).replaceAll("\\s+", " ").strip();
        String[] parts = text.split(";");
        String[] head = parts[0].strip().split(" ");
        if (head.length == 0 || head[0].isEmpty()) {
            return Optional.empty();
        }
        List<MethodResult> results = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            parseResult(parts[i].strip()).ifPresent(results::add);
        }
        return Optional.of(new AuthenticationResults(head[0].toLowerCase(Locale.ROOT), List.copyOf(results)));
    }

    private static Optional<MethodResult> parseResult(String resinfo) {
        String[] tokens = resinfo.split(" ");
        int equals = tokens[0].indexOf('=');
        if (equals <= 0) {
            return Optional.empty();
        }
        String method = tokens[0].substring(0, equals).toLowerCase(Locale.ROOT);
        int slash = method.indexOf('/');
        if (slash > 0) {
            method = method.substring(0, slash);
        }
        String result = tokens[0].substring(equals + 1).toLowerCase(Locale.ROOT);
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 1; i < tokens.length; i++) {
            int eq = tokens[i].indexOf('=');
            if (eq > 0) {
                String property = tokens[i].substring(0, eq).toLowerCase(Locale.ROOT);
                String propertyValue = tokens[i].substring(eq + 1);
                if (propertyValue.length() >= 2 && propertyValue.startsWith("\"") && propertyValue.endsWith("\"")) {
                    propertyValue = propertyValue.substring(1, propertyValue.length() - 1);
                }
                properties.putIfAbsent(property, propertyValue);
            }
        }
        return Optional.of(new MethodResult(method, result, Map.copyOf(properties)));
    }

    /** Removes RFC 5322 comments, including nested ones, outside quoted strings. */
    private static String withoutComments(String value) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                if (depth == 0) {
                    out.append(c).append(value.charAt(i + 1));
                }
                i++;
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
                out.append(c);
            } else if (c == '(' && !quoted) {
                depth++;
            } else if (c == ')' && !quoted && depth > 0) {
                depth--;
                out.append(' ');
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
