package ch.postdesk.notify;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders customer mail from FreeMarker templates in {@code <dir>/<language>/}. HTML templates
 * escape every value automatically; plain-text and subject templates do not. A missing variable
 * is an error, never an empty string.
 */
@Component
public class TemplateRenderer {

    private static final Logger log = LoggerFactory.getLogger(TemplateRenderer.class);

    private final Configuration plainText;
    private final Configuration html;
    private final TemplateProperties properties;

    public TemplateRenderer(TemplateProperties properties) {
        this.properties = properties;
        Path dir = properties.dir();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Template folder " + dir.toAbsolutePath()
                    + " not found: set postdesk.templates.dir to the folder with one sub-folder per language");
        }
        this.plainText = configuration(dir, PlainTextOutputFormat.INSTANCE);
        this.html = configuration(dir, HTMLOutputFormat.INSTANCE);
    }

    private static Configuration configuration(Path dir, freemarker.core.OutputFormat format) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        try {
            configuration.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setOutputFormat(format);
        return configuration;
    }

    /** Renders the three parts of {@code event} in {@code language}, falling back to the fallback language. */
    public RenderedMail render(String event, String language, Map<String, Object> model) {
        String used = hasTemplate(event, language) ? language : properties.fallbackLanguage();
        if (!used.equals(language)) {
            log.warn("No '{}' template for language '{}'; using '{}'", event, language, used);
        }
        String subject = renderPart(used + "/" + event + ".subject.ftl", model, false).strip();
        String text = renderPart(used + "/" + event + ".text.ftl", model, false);
        String html = renderPart(used + "/" + event + ".html.ftl", model, true);
        return new RenderedMail(subject, text, html, used);
    }

    public boolean hasTemplate(String event, String language) {
        return language != null && Files.isRegularFile(properties.dir().resolve(language).resolve(event + ".text.ftl"));
    }

    /**
     * Renders the web page {@code <language>/<page>.html.ftl} with HTML escaping, falling back to
     * the fallback language.
     */
    public String renderPage(String page, String language, Map<String, Object> model) {
        String used = language != null && Files.isRegularFile(properties.dir().resolve(language).resolve(page + ".html.ftl"))
                ? language : properties.fallbackLanguage();
        return renderPart(used + "/" + page + ".html.ftl", model, true);
    }

    /** Returns the language folders, sorted; a folder whose name starts with {@code _} or {@code .} is skipped. */
    public List<String> languages() {
        try (Stream<Path> entries = Files.list(properties.dir())) {
            return entries.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .filter(name -> !name.startsWith("_") && !name.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Template folder " + properties.dir() + " cannot be listed", e);
        }
    }

    /** Returns the file of one template part, such as {@code en/survey.text.ftl}, below the template folder. */
    public Path file(String language, String name) {
        return properties.dir().resolve(language).resolve(name);
    }

    /** Renders one template part, for the startup check of every template. */
    String renderFile(String language, String name, Map<String, Object> model) {
        return renderPart(language + "/" + name, model, name.endsWith(".html.ftl"));
    }

    private String renderPart(String name, Map<String, Object> model, boolean asHtml) {
        try {
            Template template = (asHtml ? html : plainText).getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new IllegalStateException("Template " + properties.dir().resolve(name) + " not found", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + name + " cannot be read", e);
        }
    }
}
