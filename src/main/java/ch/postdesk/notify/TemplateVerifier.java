package ch.postdesk.notify;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks at startup that every language folder has every template part of every {@link MailEvent}
 * and every page, and that each renders with sample values. A missing file or a variable that the
 * code does not pass stops the application with one message that lists all problems, instead of
 * failing at the first mail of that kind.
 */
@Component
public class TemplateVerifier {

    private static final Logger log = LoggerFactory.getLogger(TemplateVerifier.class);

    private static final List<String> PARTS = List.of("subject", "text", "html");

    private final TemplateRenderer renderer;
    private final TemplateProperties properties;

    public TemplateVerifier(TemplateRenderer renderer, TemplateProperties properties) {
        this.renderer = renderer;
        this.properties = properties;
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Templates in " + properties.dir().toAbsolutePath()
                    + " are incomplete or invalid; fix or add these files:\n  - " + String.join("\n  - ", problems));
        }
        log.info("Templates verified: {} events and {} pages in languages {}", MailEvent.values().length,
                MailEvent.PAGES.size(), renderer.languages());
    }

    /** Returns one line per missing or failing template part; empty when all templates are fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        List<String> languages = renderer.languages();
        if (!languages.contains(properties.fallbackLanguage())) {
            problems.add("fallback language folder '" + properties.fallbackLanguage() + "' is missing");
        }
        for (String language : languages) {
            for (MailEvent event : MailEvent.values()) {
                Map<String, Object> model = sampleModel(event);
                for (String part : PARTS) {
                    check(problems, language, event.templateName() + "." + part + ".ftl", model);
                }
            }
            for (String page : MailEvent.PAGES) {
                for (Map<String, Object> model : samplePageModels(page)) {
                    check(problems, language, page + ".html.ftl", model);
                }
            }
        }
        return problems;
    }

    /** Returns the sample model of {@code event}: the common variables plus the event's own. */
    public Map<String, Object> sampleModel(MailEvent event) {
        Map<String, Object> model = new HashMap<>(CustomerMailComposer.sampleCommonModel(event.audience(), properties));
        model.putAll(event.sampleModel());
        return model;
    }

    private void check(List<String> problems, String language, String name, Map<String, Object> model) {
        if (!Files.isRegularFile(renderer.file(language, name))) {
            problems.add(language + "/" + name + ": file not found");
            return;
        }
        try {
            String output = renderer.renderFile(language, name, model);
            if (name.endsWith(".subject.ftl") && output.isBlank()) {
                problems.add(language + "/" + name + ": renders an empty subject");
            }
        } catch (RuntimeException e) {
            problems.add(language + "/" + name + ": " + e.getMessage());
        }
    }

    /** Sample models of a page, one per state it can show. */
    static List<Map<String, Object>> samplePageModels(String page) {
        List<String> states = switch (page) {
            case "page-approval" -> List.of("form", "recorded", "invalid", "expired", "decided", "superseded",
                    "not-allowed");
            case "page-survey" -> List.of("confirm", "recorded", "comment-saved", "invalid", "expired", "answered");
            default -> throw new IllegalArgumentException("unknown page " + page);
        };
        List<Map<String, Object>> models = new ArrayList<>();
        for (String state : states) {
            Map<String, Object> pageModel = new HashMap<>();
            pageModel.put("state", state);
            pageModel.put("companyName", "Postdesk Demo Services");
            pageModel.put("ticketNumber", "PD-1042");
            pageModel.put("action", "/p/sample");
            if (page.equals("page-approval")) {
                pageModel.put("scope", "Replace the fuser unit of printer P3.");
                pageModel.put("timeline", "Within 3 business days");
                pageModel.put("cost", "CHF 480.00");
                pageModel.put("decision", "approve");
                pageModel.put("approved", true);
            } else {
                pageModel.put("rating", 4);
                pageModel.put("commentAction", "/p/sample/comment");
            }
            models.add(Map.of("page", pageModel));
        }
        return models;
    }
}
