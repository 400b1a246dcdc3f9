package ch.postdesk.parsing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.rtf.RTFEditorKit;
import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;

/**
 * Unpacks Outlook's TNEF container ({@code winmail.dat}, {@code application/ms-tnef}) with Apache
 * POI's HMEF reader: the attached files and the RTF body converted to plain text.
 */
final class TnefExtractor {

    /** The files inside the container and the body text, which is null when the container has none. */
    record Result(List<ParsedAttachment> files, String bodyText) {
    }

    private TnefExtractor() {
    }

    /** Unpacks {@code content}; throws IOException or a runtime exception of POI when it is not valid TNEF. */
    static Result extract(byte[] content) throws IOException {
        HMEFMessage message = new HMEFMessage(new ByteArrayInputStream(content));
        List<ParsedAttachment> files = new ArrayList<>();
        int index = 1;
        for (Attachment attachment : message.getAttachments()) {
            String name = attachment.getLongFilename() != null ? attachment.getLongFilename() : attachment.getFilename();
            if (name == null || name.isBlank()) {
                name = "tnef-" + index + ".bin";
            }
            byte[] data = attachment.getContents();
            files.add(new ParsedAttachment(name, MimeTypes.forFilename(name), data == null ? new byte[0] : data, null,
                    false));
            index++;
        }
        String body = null;
        try {
            String rtf = message.getBody();
            if (rtf != null && !rtf.isBlank()) {
                body = rtfToText(rtf);
            }
        } catch (RuntimeException e) {
            // The container may carry no RTF body; the attachments are still useful.
        }
        return new Result(List.copyOf(files), body);
    }

    /** Converts RTF to plain text with the JDK's RTF reader, which ignores what it does not understand. */
    static String rtfToText(String rtf) {
        try {
            DefaultStyledDocument document = new DefaultStyledDocument();
            new RTFEditorKit().read(new StringReader(rtf), document, 0);
            return document.getText(0, document.getLength()).strip();
        } catch (IOException | BadLocationException | RuntimeException e) {
            return null;
        }
    }
}
