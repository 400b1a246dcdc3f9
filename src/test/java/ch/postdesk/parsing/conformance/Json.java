package ch.postdesk.parsing.conformance;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Null-tolerant accessors for expected.json nodes. */
final class Json {

    private Json() {
    }

    static boolean present(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    static String text(JsonNode node, String field) {
        return present(node, field) ? node.get(field).asString() : null;
    }

    static List<String> texts(JsonNode node, String field) {
        List<String> result = new ArrayList<>();
        if (!present(node, field)) {
            return result;
        }
        JsonNode value = node.get(field);
        if (value.isArray()) {
            value.forEach(v -> result.add(v.isNull() ? null : v.asString()));
        } else {
            result.add(value.asString());
        }
        return result;
    }

    static String firstFile(JsonNode testCase, String... suffixes) {
        for (JsonNode file : testCase.get("files")) {
            String name = file.asString();
            if (suffixes.length == 0) {
                return name;
            }
            for (String suffix : suffixes) {
                if (name.endsWith(suffix)) {
                    return name;
                }
            }
        }
        return null;
    }
}
