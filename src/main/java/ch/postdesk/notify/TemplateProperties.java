package ch.postdesk.notify;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Customer mail templates.
 *
 * @param dir folder with one sub-folder per language ({@code en}, {@code de}, ...), each holding
 *     {@code <event>.subject.ftl}, {@code <event>.text.ftl} and {@code <event>.html.ftl}
 * @param fallbackLanguage language used when a customer's language has no template folder
 * @param signature closing lines under every customer mail
 */
@Validated
@ConfigurationProperties("postdesk.templates")
public record TemplateProperties(@NotNull Path dir, @NotBlank String fallbackLanguage, String signature) {

    public TemplateProperties {
        dir = dir == null ? Path.of("config/templates") : dir;
        fallbackLanguage = fallbackLanguage == null ? "en" : fallbackLanguage;
    }
}
