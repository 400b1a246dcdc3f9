package ch.postdesk.parsing;

/**
 * Joins the soft line breaks of {@code format=flowed} text (RFC 3676): a line that ends with a
 * space continues on the next line of the same quote depth. The signature separator "-- " is
 * never joined, and space-stuffing is removed.
 */
final class FormatFlowed {

    private FormatFlowed() {
    }

    static String unflow(String text, boolean delSp) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int previousDepth = -1;
        boolean continuing = false;
        for (String line : lines) {
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '>') {
                depth++;
            }
            String content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1);
            }
            if (continuing && depth == previousDepth) {
                // the previous line was soft-broken: append without a line break
            } else {
                if (previousDepth >= 0) {
                    out.append('\n');
                }
                if (depth > 0) {
                    out.append(">".repeat(depth)).append(' ');
                }
            }
            boolean soft = content.endsWith(" ") && !content.equals("-- ");
            if (soft && delSp) {
                content = content.substring(0, content.length() - 1);
            }
            out.append(content);
            continuing = soft;
            previousDepth = depth;
        }
        return out.toString();
    }
}
