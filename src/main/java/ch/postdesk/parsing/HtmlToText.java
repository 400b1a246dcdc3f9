package ch.postdesk.parsing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Converts HTML mail bodies to readable plain text: block elements become paragraphs, {@code br}
 * a line break, list items a dash, blockquotes {@code >} quoted lines, and links keep their target
 * as {@code text (url)}.
 */
public final class HtmlToText {

    private HtmlToText() {
    }

    public static String convert(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title").remove();
        StringBuilder out = new StringBuilder();
        appendChildren(document.body() == null ? document : document.body(), out);
        return normalize(out.toString());
    }

    private static void appendChildren(Node parent, StringBuilder out) {
        for (Node child : parent.childNodes()) {
            append(child, out);
        }
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.text().replace('\u00a0', ' '));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        switch (tag) {
            case "br" -> out.append('\n');
            case "blockquote" -> {
                StringBuilder quoted = new StringBuilder();
                appendChildren(element, quoted);
                breakLine(out);
                for (String line : normalize(quoted.toString()).split("\n", -1)) {
                    out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
                }
            }
            case "p", "div", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre" -> {
                breakLine(out);
                appendChildren(element, out);
                breakLine(out);
                if (tag.equals("p") || tag.startsWith("h")) {
                    out.append('\n');
                }
            }
            case "li" -> {
                breakLine(out);
                out.append("- ");
                appendChildren(element, out);
                breakLine(out);
            }
            case "td", "th" -> {
                appendChildren(element, out);
                out.append(' ');
            }
            case "a" -> {
                int start = out.length();
                appendChildren(element, out);
                String label = out.substring(start).trim();
                String href = element.attr("href");
                if (!href.isBlank() && !href.startsWith("#") && !href.equals(label) && shownScheme(href)
                        && !("mailto:" + label).equalsIgnoreCase(href)) {
                    out.append(" (").append(href).append(')');
                }
            }
            case "img" -> {
                String alt = element.attr("alt");
                if (!alt.isBlank()) {
                    out.append(alt);
                }
            }
            case "hr" -> {
                breakLine(out);
                out.append("---\n");
            }
            default -> appendChildren(element, out);
        }
    }

    private static void breakLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static String normalize(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : lines) {
            String trimmed = line.replaceAll("[ \\t]+", " ").strip();
            if (trimmed.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            out.append(trimmed);
        }
        return out.toString();
    }

    /** Returns whether a link target is worth showing: web, mail and phone links and relative ones, no script URLs. */
    private static boolean shownScheme(String href) {
        String lower = href.strip().toLowerCase(java.util.Locale.ROOT);
        int colon = lower.indexOf(':');
        if (colon < 0 || lower.indexOf('/') >= 0 && lower.indexOf('/') < colon) {
            return true;
        }
        String scheme = lower.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel")
                || scheme.equals("ftp");
    }
}
