package ch.postdesk.parsing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML bodies for display with an allow-list: no scripts, event handlers, forms, frames or
 * {@code javascript:} URLs. Remote images are not loaded by default: their address moves to
 * {@code data-remote-src}, and only {@code cid:} and {@code data:} images keep a {@code src}.
 * Inline styles keep their declarations except those that load resources ({@code url(...)},
 * {@code image-set}, {@code expression}, bindings) or take the element out of the flow over the
 * page ({@code position} other than static or relative).
 */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("font", "center", "hr", "span", "div")
            .addAttributes(":all", "style", "class", "dir", "align")
            .addAttributes("img", "data-remote-src")
            .addAttributes("font", "color", "face", "size")
            .addAttributes("td", "bgcolor", "valign", "width")
            .addAttributes("table", "border", "cellpadding", "cellspacing", "width", "bgcolor")
            .addProtocols("img", "src", "cid", "data")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .preserveRelativeLinks(false);

    private HtmlSanitizer() {
    }

    /**
     * Replaces {@code cid:} references (RFC 2392) in sanitised HTML by the URL that {@code urlForContentId}
     * returns for the Content-ID; references without a known part keep their {@code cid:} URL.
     * Content-IDs are compared after percent-decoding, first exactly and then ignoring case.
     */
    public static String resolveContentIds(String html, Function<String, String> urlForContentId) {
        if (html == null || !html.toLowerCase(Locale.ROOT).contains("cid:")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element element : document.select("[src^=cid:], [href^=cid:], [background^=cid:]")) {
            for (String attribute : new String[] {"src", "href", "background"}) {
                String value = element.attr(attribute).strip();
                if (!value.regionMatches(true, 0, "cid:", 0, 4)) {
                    continue;
                }
                String contentId = URLDecoder.decode(value.substring(4).replace("+", "%2B"), StandardCharsets.UTF_8);
                String url = urlForContentId.apply(contentId.replaceAll("^<|>$", ""));
                if (url != null) {
                    element.attr(attribute, url);
                    changed = true;
                }
            }
        }
        return changed ? document.body().html() : html;
    }

    public static String sanitize(String html) {
        if (html == null) {
            return null;
        }
        Document dirty = Jsoup.parse(html);
        for (Element image : dirty.select("img[src]")) {
            String src = image.attr("src").trim();
            String lower = src.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("cid:") && !lower.startsWith("data:image/")) {
                image.removeAttr("src");
                image.attr("data-remote-src", src);
            }
        }
        for (Element styled : dirty.select("[style]")) {
            String style = safeStyle(styled.attr("style"));
            if (style.isEmpty()) {
                styled.removeAttr("style");
            } else {
                styled.attr("style", style);
            }
        }
        return Jsoup.clean(dirty.body() == null ? html : dirty.body().html(), "", SAFELIST,
                new Document.OutputSettings().prettyPrint(false));
    }

    /**
     * Returns the declarations of an inline style that are safe to show. A declaration with a CSS
     * escape or comment is dropped as a whole, because both can hide {@code url(} from this check.
     */
    static String safeStyle(String style) {
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            String compact = value.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            boolean loadsResource = compact.contains("url(") || compact.contains("image-set(")
                    || compact.contains("expression(") || compact.contains("javascript:") || compact.contains("@import");
            boolean hidden = value.contains("\\") || value.contains("/*") || property.contains("\\");
            boolean binding = property.equals("behavior") || property.equals("-moz-binding");
            boolean overlay = property.equals("position") && !compact.equals("static") && !compact.equals("relative");
            if (!property.matches("[a-z-]+") || loadsResource || hidden || binding || overlay) {
                continue;
            }
            kept.add(property + ": " + value);
        }
        return String.join("; ", kept);
    }
}
