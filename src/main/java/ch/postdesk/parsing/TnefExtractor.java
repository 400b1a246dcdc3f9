package ch.postdesk.parsing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.rtf.RTFEditorKit;
import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;
import org.apache.poi.hmef.attribute.TNEFAttribute;
import org.apache.poi.hmef.attribute.TNEFProperty;

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
        if (body == null) {
            body = plainBody(message);
        }
        return new Result(List.copyOf(files), body);
    }

    /**
     * Returns the plain-text attBody attribute, which clients write next to or instead of the RTF
     * body, or null. Its bytes are in the code page that attOemCodepage declares, but
     * POI 5.5 reads such text as UTF-16LE, so the bytes are decoded here.
     */
    private static String plainBody(HMEFMessage message) {
        TNEFAttribute attribute = message.getMessageAttribute(TNEFProperty.ID_BODY);
        if (attribute == null || attribute.getData() == null) {
            return null;
        }
        byte[] data = attribute.getData();
        int length = data.length;
        while (length > 0 && data[length - 1] == 0) {
            length--;
        }
        String text = new String(data, 0, length, oemCharset(message));
        return text.isBlank() ? null : text.replace("\r\n", "\n").strip();
    }

    /** Returns the charset of the attOemCodepage attribute (a Windows code page number), Windows-1252 when absent or unknown. */
    private static Charset oemCharset(HMEFMessage message) {
        TNEFAttribute attribute = message.getMessageAttribute(TNEFProperty.ID_OEMCODEPAGE);
        byte[] data = attribute == null ? null : attribute.getData();
        Charset charset = null;
        if (data != null && data.length >= 4) {
            int codePage = (data[0] & 0xFF) | (data[1] & 0xFF) << 8 | (data[2] & 0xFF) << 16 | (data[3] & 0xFF) << 24;
            charset = codePage == 65001 ? StandardCharsets.UTF_8 : Charsets.forLabel("windows-" + codePage);
            if (charset == null) {
                charset = Charsets.forLabel("cp" + codePage);
            }
        }
        return charset == null ? Charset.forName("windows-1252") : charset;
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
