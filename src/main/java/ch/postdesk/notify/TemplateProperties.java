package ch.postdesk.notify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Customer mail templates and the shared layout around them.
 *
 * @param dir folder with one sub-folder per language ({@code en}, {@code de}, ...), each holding
 *     {@code <event>.subject.ftl}, {@code <event>.text.ftl} and {@code <event>.html.ftl}
 * @param fallbackLanguage language used when a customer's language has no template folder
 * @param signature closing lines under every customer mail
 * @param footer small print at the end of every customer mail, such as the postal address; may be empty
 * @param links links shown in the footer of every customer mail, such as the status page
 */
@Validated
@ConfigurationProperties("postdesk.templates")
public record TemplateProperties(@NotNull Path dir, @NotBlank String fallbackLanguage, String signature,
        String footer, @Valid List<Link> links) {

    public TemplateProperties {
        dir = dir == null ? Path.of("config/templates") : dir;
        fallbackLanguage = fallbackLanguage == null ? "en" : fallbackLanguage;
        signature = signature == null ? "" : signature;
        footer = footer == null ? "" : footer;
        links = links == null ? List.of() : List.copyOf(links);
    }

    /**
     * A footer link.
     *
     * @param label text of the link
     * @param url absolute address the link opens
     */
    public record Link(@NotBlank String label, @NotBlank String url) {
    }
}
