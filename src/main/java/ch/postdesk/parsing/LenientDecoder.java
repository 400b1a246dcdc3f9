package ch.postdesk.parsing;

import java.io.ByteArrayOutputStream;

/**
 * Decoders for damaged transfer encodings, used when Jakarta Mail's strict decoders give up:
 * Base64 with missing padding, stray characters or a truncated end, and quoted-printable with
 * invalid escapes. They keep every byte that can be decoded.
 */
final class LenientDecoder {

    private LenientDecoder() {
    }

    /** Decodes Base64, skipping characters outside the alphabet and dropping an incomplete last group. */
    static byte[] base64(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 3 / 4 + 3);
        int buffer = 0;
        int bits = 0;
        for (byte b : raw) {
            int value = value(b);
            if (value < 0) {
                if (b == '=') {
                    break;
                }
                continue;
            }
            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.write((buffer >> bits) & 0xFF);
            }
        }
        return out.toByteArray();
    }

    private static int value(byte b) {
        if (b >= 'A' && b <= 'Z') {
            return b - 'A';
        }
        if (b >= 'a' && b <= 'z') {
            return b - 'a' + 26;
        }
        if (b >= '0' && b <= '9') {
            return b - '0' + 52;
        }
        if (b == '+' || b == '-') {
            return 62;
        }
        if (b == '/' || b == '_') {
            return 63;
        }
        return -1;
    }

    /** Decodes quoted-printable; an '=' that starts no valid escape or soft break is kept as it is. */
    static byte[] quotedPrintable(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b != '=') {
                out.write(b);
                continue;
            }
            if (i + 2 < raw.length && Character.digit(raw[i + 1], 16) >= 0 && Character.digit(raw[i + 2], 16) >= 0) {
                out.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
                i += 2;
                continue;
            }
            int j = i + 1;
            while (j < raw.length && (raw[j] == ' ' || raw[j] == '\t')) {
                j++;
            }
            if (j < raw.length && raw[j] == '\r') {
                j++;
            }
            if (j < raw.length && raw[j] == '\n') {
                i = j;
                continue;
            }
            if (j >= raw.length) {
                break;
            }
            out.write(b);
        }
        return out.toByteArray();
    }
}
