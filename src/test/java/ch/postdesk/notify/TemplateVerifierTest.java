package ch.postdesk.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped templates in config/templates: every language has every template, and each renders. */
class TemplateVerifierTest {

    private static final Path SHIPPED = Path.of("config/templates");

    private static TemplateProperties properties(Path dir) {
        return new TemplateProperties(dir, "en", "Postdesk Demo Services - Customer Support",
                "Postdesk Demo Services, Bahnhofstrasse 1, 8001 Zürich",
                List.of(new TemplateProperties.Link("Status page", "https://status.example.test")));
    }

    @Test
    void shippedTemplatesHaveNoProblems() {
        TemplateRenderer renderer = new TemplateRenderer(properties(SHIPPED));
        TemplateVerifier verifier = new TemplateVerifier(renderer, properties(SHIPPED));

        assertThat(renderer.languages()).contains("en", "de");
        assertThat(verifier.problems()).isEmpty();
    }

    static Stream<Arguments> everyEventInEveryLanguage() {
        return Stream.of("en", "de").flatMap(language -> Stream.of(MailEvent.values())
                .map(event -> Arguments.of(language, event)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyEventInEveryLanguage")
    void eventRendersWithSampleData(String language, MailEvent event) {
        TemplateRenderer renderer = new TemplateRenderer(properties(SHIPPED));
        TemplateVerifier verifier = new TemplateVerifier(renderer, properties(SHIPPED));

        RenderedMail mail = renderer.render(event.templateName(), language, verifier.sampleModel(event));

        assertThat(mail.language()).isEqualTo(language);
        assertThat(mail.subject()).isNotBlank().doesNotContain("\n");
        assertThat(mail.text()).contains("Postdesk Demo Services - Customer Support");
        assertThat(mail.text()).contains("Bahnhofstrasse 1").contains("https://status.example.test");
        assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("href=\"https://status.example.test\"");
        // Only inline images (cid:) that travel with the mail; nothing is loaded from elsewhere.
        assertThat(mail.html()).doesNotContainPattern("<img(?![^>]*src=\"cid:)");
        if (event.audience() == MailEvent.Audience.CUSTOMER) {
            assertThat(mail.subject()).contains("PD-1042");
        }
    }

    @Test
    void approvalRequestDocumentsKeywords() {
        TemplateRenderer renderer = new TemplateRenderer(properties(SHIPPED));
        TemplateVerifier verifier = new TemplateVerifier(renderer, properties(SHIPPED));
        Map<String, Object> model = verifier.sampleModel(MailEvent.APPROVAL_REQUEST);

        assertThat(renderer.render("approval-request", "en", model).text()).contains("APPROVE").contains("DECLINE");
        assertThat(renderer.render("approval-request", "de", model).text()).contains("GENEHMIGT").contains("ABGELEHNT");
    }

    @Test
    void htmlPartEscapesValues() {
        TemplateRenderer renderer = new TemplateRenderer(properties(SHIPPED));
        TemplateVerifier verifier = new TemplateVerifier(renderer, properties(SHIPPED));
        Map<String, Object> model = new java.util.HashMap<>(verifier.sampleModel(MailEvent.AGENT_REPLY));
        model.put("reply", Map.of("text", "<script>alert(1)</script>", "authorName", "A & B"));

        RenderedMail mail = renderer.render("agent-reply", "en", model);

        assertThat(mail.html()).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(mail.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void missingTemplateFailsAtStartup(@TempDir Path dir) throws IOException {
        copy(SHIPPED, dir);
        Files.delete(dir.resolve("de/survey.html.ftl"));
        TemplateRenderer renderer = new TemplateRenderer(properties(dir));

        assertThatThrownBy(() -> new TemplateVerifier(renderer, properties(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("de/survey.html.ftl: file not found");
    }

    @Test
    void unknownVariableFailsAtStartup(@TempDir Path dir) throws IOException {
        copy(SHIPPED, dir);
        Files.writeString(dir.resolve("en/still-in-progress.subject.ftl"), "[${ticket.number}] ${ticket.owner}\n");
        TemplateRenderer renderer = new TemplateRenderer(properties(dir));

        assertThatThrownBy(() -> new TemplateVerifier(renderer, properties(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("en/still-in-progress.subject.ftl")
                .hasMessageContaining("ticket.owner");
    }

    @Test
    void newLanguageFolderMustBeComplete(@TempDir Path dir) throws IOException {
        copy(SHIPPED, dir);
        Files.createDirectories(dir.resolve("fr"));
        Files.copy(SHIPPED.resolve("en/survey.text.ftl"), dir.resolve("fr/survey.text.ftl"));
        TemplateRenderer renderer = new TemplateRenderer(properties(dir));

        assertThatThrownBy(() -> new TemplateVerifier(renderer, properties(dir)))
                .hasMessageContaining("fr/acknowledgement.subject.ftl: file not found")
                .hasMessageNotContaining("en/")
                .hasMessageNotContaining("de/");
    }

    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
    }
}
