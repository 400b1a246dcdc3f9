package ch.postdesk.parsing;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds uuencoded files ("begin 644 name" … "end") inside a plain text body, as Lotus Notes and old
 * Outlook versions send them, and decodes them.
 */
final class Uuencode {

    private static final Pattern BEGIN = Pattern.compile("(?m)^begin(?:-base64)? ([0-7]{3,4}) (.+?)\\s*$");

    /** The text with the encoded blocks removed, and the decoded files. */
    record Result(String text, List<ParsedAttachment> files) {
    }

    private Uuencode() {
    }

    static Result extract(String text) {
        if (text == null || !text.contains("begin ")) {
            return new Result(text, List.of());
        }
        Matcher matcher = BEGIN.matcher(text);
        List<ParsedAttachment> files = new ArrayList<>();
        StringBuilder remaining = new StringBuilder();
        int position = 0;
        while (matcher.find(position)) {
            int endLine = text.indexOf("\nend", matcher.end());
            if (endLine < 0) {
                break;
            }
            String block = text.substring(matcher.end(), endLine);
            byte[] content = decodeBlock(block);
            if (content == null) {
                position = matcher.end();
                continue;
            }
            remaining.append(text, position, matcher.start());
            String filename = matcher.group(2).strip();
            files.add(new ParsedAttachment(filename, MimeTypes.forFilename(filename), content, null, false));
            int after = text.indexOf('\n', endLine + 1);
            position = after < 0 ? text.length() : after + 1;
        }
        if (files.isEmpty()) {
            return new Result(text, List.of());
        }
        remaining.append(text.substring(Math.min(position, text.length())));
        return new Result(remaining.toString(), List.copyOf(files));
    }

    /** Decodes the lines of one block; returns null when a line is not uuencoded data. */
    static byte[] decodeBlock(String block) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(block.length() * 3 / 4);
        for (String line : block.split("\n")) {
            String data = line.stripTrailing();
            if (data.isEmpty()) {
                continue;
            }
            int length = (data.charAt(0) - 32) & 0x3F;
            if (length == 0) {
                continue;
            }
            int needed = (length + 2) / 3 * 4;
            if (data.length() - 1 < needed - 3) {
                return null;
            }
            int written = 0;
            for (int i = 1; written < length; i += 4) {
                int c0 = value(data, i);
                int c1 = value(data, i + 1);
                int c2 = value(data, i + 2);
                int c3 = value(data, i + 3);
                int[] bytes = {(c0 << 2) | (c1 >> 4), ((c1 & 0xF) << 4) | (c2 >> 2), ((c2 & 0x3) << 6) | c3};
                for (int b = 0; b < 3 && written < length; b++, written++) {
                    out.write(bytes[b] & 0xFF);
                }
            }
        }
        return out.toByteArray();
    }

    private static int value(String line, int index) {
        return index < line.length() ? (line.charAt(index) - 32) & 0x3F : 0;
    }
}
