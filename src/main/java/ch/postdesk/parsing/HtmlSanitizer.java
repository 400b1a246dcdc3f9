package ch.postdesk.parsing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML bodies for display with an allow-list: no scripts, event handlers, forms, frames or
 * {@code javascript:} URLs. Remote images are not loaded by default: their address moves to
 * {@code data-remote-src}, and only {@code cid:} and {@code data:} images keep a {@code src}.
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

    public static String sanitize(String html) {
        if (html == null) {
            return null;
        }
        Document dirty = Jsoup.parse(html);
        for (Element image : dirty.select("img[src]")) {
            String src = image.attr("src").trim();
            String lower = src.toLowerCase(java.util.Locale.ROOT);
            if (!lower.startsWith("cid:") && !lower.startsWith("data:image/")) {
                image.removeAttr("src");
                image.attr("data-remote-src", src);
            }
        }
        return Jsoup.clean(dirty.body() == null ? html : dirty.body().html(), "", SAFELIST,
                new Document.OutputSettings().prettyPrint(false));
    }
}
