package ch.postdesk.parsing;

import ch.postdesk.content.ContentSpool;
import ch.postdesk.content.MailContent;
import ch.postdesk.content.Spooling;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Repairs a header block that runs into the body without the blank line RFC 5322 requires. The
 * first line that is neither a header field, a folded continuation nor an mbox "From " line, and
 * that contains a space like prose does, starts the body, as Python's email package and Mime4j
 * (with malformedHeaderStartsBody) treat it. Lines without a space are left to Jakarta Mail, which
 * reads them as broken continuations: some gateways fold long tokens without indenting them. For the
 * same reason a line is only taken as the body start when no header field follows it.
 */
final class HeaderBlock {

    private HeaderBlock() {
    }

    /** The header of a spooled mail is looked for in this many bytes at its start. */
    static final int HEAD_BYTES = 1024 * 1024;

    /**
     * Returns {@code raw} unchanged when its header block is valid, else a copy with a blank line
     * inserted; a copy of spooled content is spooled again.
     */
    static MailContent withBodySeparator(MailContent raw, List<String> warnings, Spooling spooling) {
        if (raw.inMemory()) {
            byte[] bytes = raw.bytes();
            byte[] repaired = withBodySeparator(bytes, warnings);
            return repaired == bytes ? raw : MailContent.of(repaired);
        }
        byte[] head = raw.head(HEAD_BYTES);
        byte[] repairedHead = withBodySeparator(head, warnings);
        if (repairedHead == head) {
            return raw;
        }
        try (ContentSpool spool = new ContentSpool(spooling); InputStream in = raw.openStream()) {
            spool.write(repairedHead);
            in.skipNBytes(head.length);
            in.transferTo(spool);
            return spool.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("spooled message cannot be copied", e);
        }
    }

    /** Returns {@code raw} unchanged when its header block is valid, else a copy with a blank line inserted. */
    static byte[] withBodySeparator(byte[] raw, List<String> warnings) {
        int lineStart = 0;
        boolean first = true;
        while (lineStart < raw.length) {
            int lineEnd = lineStart;
            while (lineEnd < raw.length && raw[lineEnd] != '\n') {
                lineEnd++;
            }
            int contentEnd = lineEnd > lineStart && raw[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (contentEnd == lineStart) {
                return raw;
            }
            if (!isHeaderLine(raw, lineStart, contentEnd, first) && containsSpace(raw, lineStart, contentEnd)
                    && !fieldFollows(raw, lineEnd + 1)) {
                warnings.add("header block ends without a blank line; the body starts at the first line that is no header");
                byte[] repaired = new byte[raw.length + 2];
                System.arraycopy(raw, 0, repaired, 0, lineStart);
                repaired[lineStart] = '\r';
                repaired[lineStart + 1] = '\n';
                System.arraycopy(raw, lineStart, repaired, lineStart + 2, raw.length - lineStart);
                return repaired;
            }
            first = false;
            lineStart = lineEnd + 1;
        }
        return raw;
    }

    private static boolean isHeaderLine(byte[] raw, int start, int end, boolean first) {
        byte b = raw[start];
        if (b == ' ' || b == '\t') {
            // A folded continuation; also whitespace-only lines before the first field, which some
            // exporters write and Jakarta Mail skips.
            return true;
        }
        if (first && end - start >= 5 && raw[start] == 'F' && raw[start + 1] == 'r' && raw[start + 2] == 'o'
                && raw[start + 3] == 'm' && raw[start + 4] == ' ') {
            return true;
        }
        for (int i = start; i < end; i++) {
            byte c = raw[i];
            if (c == ':') {
                return i > start;
            }
            if (c <= 32 || c >= 127) {
                // Field names are printable ASCII without spaces; "Subject :" with a space before the colon also occurs.
                return onlySpacesUntilColon(raw, i, end) && i > start;
            }
        }
        return false;
    }

    /** Returns whether a header field line comes before the next empty line, starting at {@code from}. */
    private static boolean fieldFollows(byte[] raw, int from) {
        int lineStart = from;
        while (lineStart < raw.length) {
            int lineEnd = lineStart;
            while (lineEnd < raw.length && raw[lineEnd] != '\n') {
                lineEnd++;
            }
            int contentEnd = lineEnd > lineStart && raw[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (contentEnd == lineStart) {
                return false;
            }
            byte b = raw[lineStart];
            if (b != ' ' && b != '\t' && isHeaderLine(raw, lineStart, contentEnd, false)) {
                return true;
            }
            lineStart = lineEnd + 1;
        }
        return false;
    }

    private static boolean containsSpace(byte[] raw, int start, int end) {
        for (int i = start; i < end; i++) {
            if (raw[i] == ' ') {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySpacesUntilColon(byte[] raw, int from, int end) {
        for (int i = from; i < end; i++) {
            if (raw[i] == ':') {
                return true;
            }
            if (raw[i] != ' ' && raw[i] != '\t') {
                return false;
            }
        }
        return false;
    }
}
