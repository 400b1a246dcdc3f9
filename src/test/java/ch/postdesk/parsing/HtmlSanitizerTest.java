package ch.postdesk.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "background:url(https://tracker.example/bg.png)",
        "background-image: URL( 'https://tracker.example/a.png' )",
        "background-image:image-set(\"https://tracker.example/b.png\" 1x)",
        "width: expression(alert(1))",
        "background:u\\72l(https://tracker.example/c.png)",
        "background:u/**/rl(https://tracker.example/d.png)",
        "behavior: url(x.htc)",
        "-moz-binding: url(x.xml#x)",
        "position:fixed",
        "position: absolute",
    })
    void unsafeStyleDeclarationRemoved(String declaration) {
        String safe = HtmlSanitizer.sanitize("<div style=\"color: red; " + declaration.replace("\"", "&quot;")
                + "\">Styled</div>");

        assertThat(safe).contains("Styled").contains("color: red");
        assertThat(safe.toLowerCase()).doesNotContain("url(", "tracker.example", "expression", "fixed", "absolute",
                "binding", "behavior");
    }

    @Test
    void harmlessStylesKept() {
        String safe = HtmlSanitizer.sanitize("<p style=\"font-weight:bold;margin:0 0 8px;position:relative\">Hi</p>");

        assertThat(safe).contains("style=\"font-weight: bold; margin: 0 0 8px; position: relative\"");
    }

    @Test
    void styleWithOnlyUnsafeDeclarationsDropped() {
        String safe = HtmlSanitizer.sanitize("<span style=\"background:url(https://tracker.example/p.png)\">x</span>");

        assertThat(safe).isEqualTo("<span>x</span>");
    }

    @Test
    void scriptLinkTargetNotShownInText() {
        String text = HtmlToText.convert("<p><a href=\"javascript:alert(3)\">Click</a> and"
                + " <a href=\"https://example.test/a\">read</a></p>");

        assertThat(text).contains("Click and read (https://example.test/a)").doesNotContain("javascript");
    }
}
