package ch.postdesk.parsing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/**
 * Writes small TNEF streams ({@code winmail.dat}) for tests. The layout is a signature, a key,
 * then attributes, each of them a level byte (1 message, 2 attachment), the attribute id (type in
 * the high word), the data length, the data and a checksum that is the sum of the data bytes
 * modulo 65536, all little-endian.
 */
final class TnefWriter {

    private static final int SIGNATURE = 0x223E9F78;
    private static final int LEVEL_MESSAGE = 1;
    private static final int LEVEL_ATTACHMENT = 2;
    private static final int ATT_TNEF_VERSION = 0x00089006;
    private static final int ATT_OEM_CODEPAGE = 0x00069007;
    private static final int ATT_MESSAGE_CLASS = 0x00078008;
    private static final int ATT_SUBJECT = 0x00018004;
    private static final int ATT_BODY = 0x0002800C;
    private static final int ATT_ATTACH_REND_DATA = 0x00069002;
    private static final int ATT_ATTACH_TITLE = 0x00018010;
    private static final int ATT_ATTACH_DATA = 0x0006800F;

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    TnefWriter() {
        writeInt(SIGNATURE);
        writeShort(0x0001);
        attribute(LEVEL_MESSAGE, ATT_TNEF_VERSION, new byte[] {0x00, 0x00, 0x01, 0x00});
        attribute(LEVEL_MESSAGE, ATT_OEM_CODEPAGE, new byte[] {(byte) 0xE4, 0x04, 0, 0, 0, 0, 0, 0});
        attribute(LEVEL_MESSAGE, ATT_MESSAGE_CLASS, terminated("IPM.Microsoft Mail.Note"));
    }

    TnefWriter subject(String subject) {
        attribute(LEVEL_MESSAGE, ATT_SUBJECT, terminated(subject));
        return this;
    }

    /** Adds the plain-text body (attBody), in Windows-1252 as the OEM code page above declares. */
    TnefWriter body(String text) {
        attribute(LEVEL_MESSAGE, ATT_BODY, terminated(text));
        return this;
    }

    /** Adds a file: the rendering data opens the attachment, then its title (short filename) and bytes. */
    TnefWriter attachment(String filename, byte[] content) {
        byte[] rendering = new byte[14];
        rendering[0] = 0x01; // attachment type "file", then position, width, height (0) and flags
        for (int i = 2; i < 6; i++) {
            rendering[i] = (byte) 0xFF;
        }
        attribute(LEVEL_ATTACHMENT, ATT_ATTACH_REND_DATA, rendering);
        attribute(LEVEL_ATTACHMENT, ATT_ATTACH_TITLE, terminated(filename));
        attribute(LEVEL_ATTACHMENT, ATT_ATTACH_DATA, content);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private void attribute(int level, int id, byte[] data) {
        out.write(level);
        writeInt(id);
        writeInt(data.length);
        out.writeBytes(data);
        int checksum = 0;
        for (byte b : data) {
            checksum = (checksum + (b & 0xFF)) & 0xFFFF;
        }
        writeShort(checksum);
    }

    private static byte[] terminated(String text) {
        byte[] bytes = text.getBytes(CP1252);
        byte[] result = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, result, 0, bytes.length);
        return result;
    }

    private void writeInt(int value) {
        writeShort(value & 0xFFFF);
        writeShort(value >>> 16);
    }

    private void writeShort(int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }
}
