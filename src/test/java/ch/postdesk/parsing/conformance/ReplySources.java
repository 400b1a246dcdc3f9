package ch.postdesk.parsing.conformance;

import static ch.postdesk.parsing.conformance.CorpusFiles.lf;
import static ch.postdesk.parsing.conformance.CorpusFiles.noSpace;
import static ch.postdesk.parsing.conformance.Json.present;
import static ch.postdesk.parsing.conformance.Json.text;
import static ch.postdesk.parsing.conformance.MimeSources.abbreviate;

import ch.postdesk.parsing.ParsedMail;
import ch.postdesk.parsing.VisibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Comparisons for the reply-parser sources: the visible text that Postdesk shows must equal the
 * reply those projects extract.
 */
final class ReplySources {

    private final CorpusFiles files;

    ReplySources(CorpusFiles files) {
        this.files = files;
    }

    /** GitHub email_reply_parser: the visible reply, and checks on fragment 0 when it is the only visible one. */
    void emailReplyParser(String id, JsonNode expected, CheckLog log) {
        String visible = VisibleText.extract(lf(files.text("email_reply_parser", id)));
        if (present(expected, "visible_reply")) {
            log.equal(id, "visible reply", text(expected, "visible_reply").stripTrailing(), visible);
        }
        List<Boolean> hidden = booleans(expected.path("fragments_hidden"));
        boolean onlyFirstVisible = !hidden.isEmpty() && !hidden.get(0) && !hidden.subList(1, hidden.size()).contains(false);
        boolean allVisible = !hidden.isEmpty() && !hidden.contains(true);
        checkFirstFragment(id, expected, visible, onlyFirstVisible || hidden.isEmpty(), log);
        if (present(expected, "visible_reply_rule") && !hidden.isEmpty() && !onlyFirstVisible && !allVisible) {
            log.notApplicable(id, "visible_reply_rule", "no expected text is given, only a rule");
        }
        if (present(expected, "fragment_count") && expected.get("fragment_count").asInt() == 1) {
            log.equal(id, "nothing hidden", lf(files.text("email_reply_parser", id)).strip(), visible);
        }
        if (present(expected, "max_parse_seconds")) {
            String text = lf(files.text("email_reply_parser", id));
            long start = System.nanoTime();
            VisibleText.extract(text);
            double seconds = (System.nanoTime() - start) / 1e9;
            log.that(id, "parse time", seconds <= expected.get("max_parse_seconds").asDouble(),
                    "<= " + expected.get("max_parse_seconds").asDouble() + " s", seconds + " s");
        }
    }

    /** Crisp's multilingual fork: the first fragment is the reply whenever the upstream test reads it. */
    void crisp(String id, JsonNode expected, CheckLog log) {
        String raw = lf(files.text("crisp_reply_parser", id));
        String visible = VisibleText.extract(raw);
        if (present(expected, "first_fragment_trimmed")) {
            log.equal(id, "visible reply", text(expected, "first_fragment_trimmed").strip(), visible);
        }
        if (present(expected, "visible_text_trimmed")) {
            log.equal(id, "visible reply", text(expected, "visible_text_trimmed").strip(), visible);
        }
        boolean firstIsReply = !present(expected, "fragment_count") || expected.get("fragment_count").asInt() <= 2;
        checkFirstFragment(id, expected, visible, firstIsReply, log);
        if (present(expected, "fragment_count") && expected.get("fragment_count").asInt() == 1) {
            log.equal(id, "nothing hidden", raw.strip(), visible);
        }
        for (String field : List.of("fragment_flags", "min_fragment_count", "quoted_text_regex",
                "some_fragment_is_signature")) {
            if (present(expected, field)) {
                log.notApplicable(id, field, "fragment model of the reply parser; Postdesk stores one visible text");
            }
        }
    }

    private static void checkFirstFragment(String id, JsonNode expected, String visible, boolean applies, CheckLog log) {
        for (JsonNode check : expected.path("fragment_checks")) {
            if (check.path("index").asInt() != 0) {
                log.notApplicable(id, "fragment " + check.path("index").asInt(), "fragment model of the reply parser");
                continue;
            }
            if (!applies) {
                log.notApplicable(id, "fragment 0", "fragment 0 is not the whole visible text here");
                continue;
            }
            if (present(check, "equals")) {
                log.equal(id, "visible reply", text(check, "equals").strip(), visible);
            } else if (present(check, "regex")) {
                Pattern pattern = Pattern.compile(text(check, "regex"), Pattern.MULTILINE);
                log.that(id, "visible reply /" + text(check, "regex") + "/", pattern.matcher(visible).find(),
                        text(check, "regex"), abbreviate(visible));
            } else if (present(check, "contains")) {
                log.that(id, "visible reply contains", visible.contains(text(check, "contains")),
                        text(check, "contains"), abbreviate(visible));
            }
        }
    }

    /** Mailgun talon: quotation removal from plain and HTML replies, and signature removal. */
    void talon(String id, JsonNode expected, JsonNode testCase, CheckLog log) {
        String method = text(expected, "method");
        if (method.startsWith("labelled training sample")) {
            talonLabelled(id, testCase, log);
            return;
        }
        if (method.startsWith("talon.signature.extract")) {
            // Some bodies keep the "#sig#" labels of talon's training data; they are annotation, not text.
            String body = withoutLabels(lf(files.text("talon", id + "_body")));
            String signature = withoutLabels(lf(files.text("talon", text(expected, "expected_signature_file")))).strip();
            String expectedText = body.strip();
            if (!signature.isEmpty() && expectedText.endsWith(signature)) {
                expectedText = expectedText.substring(0, expectedText.length() - signature.length()).strip();
            }
            log.equal(id, "text without signature", expectedText, VisibleText.extract(body));
            return;
        }
        String file = Json.firstFile(testCase);
        String actual;
        if (file.endsWith(".html")) {
            actual = VisibleText.extractHtml(files.text("talon", file));
        } else if (method.contains("whole raw file")) {
            actual = VisibleText.extract(lf(files.text("talon", file)));
        } else {
            ParsedMail mail = files.parse("talon", file);
            actual = mail.visibleText();
        }
        String reply = present(expected, "expected_reply") ? text(expected, "expected_reply")
                : present(expected, "expected_reply_file") ? files.text("talon", text(expected, "expected_reply_file"))
                : null;
        if (present(expected, "expected_html")) {
            reply = ch.postdesk.parsing.HtmlToText.convert(text(expected, "expected_html"));
        }
        if (reply != null) {
            String compare = String.valueOf(text(expected, "compare"));
            if (compare.contains("ALL whitespace")) {
                log.equal(id, "visible reply", noSpace(reply), noSpace(actual));
            } else {
                log.equal(id, "visible reply", lf(reply).strip(), actual.strip());
            }
        }
        if (present(expected, "expected_nonempty")) {
            log.that(id, "visible reply not empty", !actual.isBlank(), "non-empty", abbreviate(actual));
        }
        if (present(expected, "expected_not_contains")) {
            log.that(id, "visible reply lacks", !actual.contains(text(expected, "expected_not_contains")),
                    text(expected, "expected_not_contains"), abbreviate(actual));
        }
    }

    /** Labelled samples: lines marked #sig# or #reply# must not be visible, all other lines must. */
    private void talonLabelled(String id, JsonNode testCase, CheckLog log) {
        String file = null;
        for (JsonNode f : testCase.get("files")) {
            if (!f.asString().endsWith("_sender")) {
                file = f.asString();
            }
        }
        StringBuilder input = new StringBuilder();
        List<String> expectedVisible = new ArrayList<>();
        for (String line : lf(files.text("talon", file)).split("\n", -1)) {
            String stripped = line.replaceFirst("^#(sig|reply)#", "");
            input.append(stripped).append('\n');
            if (stripped.equals(line)) {
                expectedVisible.add(line);
            }
        }
        log.equal(id, "visible text", String.join("\n", expectedVisible).strip(), VisibleText.extract(input.toString()));
    }

    private static String withoutLabels(String text) {
        return text.replaceAll("(?m)^#(sig|reply)#", "");
    }

    private static List<Boolean> booleans(JsonNode array) {
        List<Boolean> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asBoolean()));
        return result;
    }
}
