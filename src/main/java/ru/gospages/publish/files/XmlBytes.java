package ru.gospages.publish.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import ru.gospages.text.Utf8;

/**
 * The bytes of an XML part being written: markup as ASCII, text escaped and encoded as UTF-8 by
 * hand, handed to the part's stream in large blocks. A character XML 1.0 cannot hold (a control
 * character, a lone surrogate, U+FFFE, U+FFFF) is written as {@code ?}, as POI did, so no text can
 * make a broken file.
 */
final class XmlBytes {

    private static final int BLOCK = 1 << 16;
    // the longest a char becomes: "&quot;"; a surrogate pair, two chars, becomes four bytes
    private static final int MAX_BYTES_PER_CHAR = 6;
    private static final byte[][] IN_TEXT = escapes(false);
    private static final byte[][] IN_ATTRIBUTE = escapes(true);

    private final OutputStream out;
    private byte[] buffer = new byte[BLOCK];
    private int position;

    /** Writes to {@code out}, which {@link #flush} leaves open. */
    XmlBytes(OutputStream out) {
        this.out = out;
    }

    /** Markup known to be ASCII: tags, attribute names, references. */
    XmlBytes markup(byte[] ascii) throws IOException {
        room(ascii.length);
        System.arraycopy(ascii, 0, buffer, position, ascii.length);
        position += ascii.length;
        return this;
    }

    XmlBytes markup(String ascii) throws IOException {
        int length = ascii.length();
        room(length);
        for (int i = 0; i < length; i++) {
            buffer[position++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    /** Element content: {@code & < >} escaped, CR as a reference (a parser would turn a raw CR into LF). */
    XmlBytes text(String text) throws IOException {
        return escaped(text, IN_TEXT);
    }

    /** An attribute value between double quotes: also {@code "}, tab and LF escaped, which attributes would lose. */
    XmlBytes attribute(String text) throws IOException {
        return escaped(text, IN_ATTRIBUTE);
    }

    /** Hands what is buffered to the stream. */
    void flush() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    private XmlBytes escaped(String text, byte[][] escapes) throws IOException {
        int length = text.length();
        room(length * MAX_BYTES_PER_CHAR);
        byte[] b = buffer;
        int p = position;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                byte[] escape = escapes[c];
                if (escape == null) {
                    b[p++] = (byte) c;
                } else {
                    for (byte e : escape) {
                        b[p++] = e;
                    }
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    p = Utf8.pair(c, text.charAt(++i), b, p);
                } else {
                    b[p++] = '?';
                }
            } else if (c >= 0xFFFE) {
                b[p++] = '?';
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        position = p;
        return this;
    }

    /** Makes room for {@code bytes} more bytes: flushes a full block, grows for one very long text. */
    private void room(int bytes) throws IOException {
        if (position + bytes > buffer.length) {
            flush();
            if (bytes > buffer.length) {
                buffer = new byte[bytes];
            }
        }
    }

    /** For each ASCII char, the bytes that stand for it, or null when it stands for itself. */
    private static byte[][] escapes(boolean attribute) {
        byte[][] escapes = new byte[0x80][];
        for (char c = 0; c < 0x20; c++) {
            escapes[c] = ascii("?");
        }
        escapes['\t'] = attribute ? ascii("&#x9;") : null;
        escapes['\n'] = attribute ? ascii("&#xa;") : null;
        escapes['\r'] = ascii("&#xd;");
        escapes['&'] = ascii("&amp;");
        escapes['<'] = ascii("&lt;");
        escapes['>'] = ascii("&gt;");
        escapes['"'] = attribute ? ascii("&quot;") : null;
        return escapes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
