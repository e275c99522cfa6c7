package ru.gospages.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading an XML part of a workbook at a piece longer than a limit. The JDK's StAX parser
 * holds a tag with its attribute values, a comment, a CDATA section or a processing instruction
 * whole: one 100,000,000-character attribute ran a 512 MB heap out of memory, and such a file
 * compresses too poorly for the zip-bomb guard to notice. Excel writes nothing of the kind (a cell
 * holds at most 32,767 characters).
 *
 * <p>A scan of the bytes as they pass, which measures the distance between one {@code <} and the
 * next: a raw {@code <} can stand in no tag, attribute value or text, so that distance bounds all
 * three. Comments, CDATA sections and processing instructions may hold a {@code <} and are followed
 * to their ends ({@code -->}, {@code ]]>}, {@code ?>}). A document type declaration is refused:
 * packages may not carry one (ECMA-376 part 2) and its internal subset could hide markup from the
 * scan. Parts in UTF-16 or UTF-32 (XML 1.0 appendix F) are scanned by code unit, so a character
 * whose bytes contain {@code 0x3C} is no {@code <}; EBCDIC, which the scan cannot follow, is refused.
 */
final class XmlMarkupGuard extends FilterInputStream {

    /** A piece longer than this (in bytes) is no part of a spreadsheet: it fails the file rather than fill the heap. */
    static final int DEFAULT_MAX_MARKUP_BYTES = 4 * 1024 * 1024;

    /** Thrown through the parser when one tag, text, comment, CDATA section or instruction is too long. */
    static final class MarkupTooLongException extends IOException {
        MarkupTooLongException(int limit) {
            super("a piece of XML longer than " + limit + " bytes");
        }
    }

    /** Thrown through the parser at a document type declaration or an encoding the scan cannot follow. */
    static final class RefusedXmlException extends IOException {
        private final String reason;

        RefusedXmlException(String what, String reason) {
            super(what);
            this.reason = reason;
        }

        /** Why the file is unreadable, for the sender. */
        String reason() {
            return reason;
        }
    }

    /** PLAIN: tags and text, up to the next {@code <}; OPENED: just after a {@code <}; the rest follow {@code <!} and {@code <?}. */
    private enum State { PLAIN, OPENED, BANG, COMMENT_OPEN, CDATA_OPEN, COMMENT, CDATA, PI }

    private static final String CDATA_START = "[CDATA[";

    private final int limit;
    private final byte[] single = new byte[1];
    private final byte[] head = new byte[4];
    private int headLength;
    /** Bytes per code unit (1, 2 or 4) once the first four bytes are seen, 0 before. */
    private int width;
    private boolean bigEndian;
    private int unit;
    private int unitBytes;

    private State state = State.PLAIN;
    /** Bytes since the last {@code <}, or since the start of a comment, CDATA section or instruction. */
    private int length;
    /** Chars of CDATA_START matched, or the closing chars just seen in a comment, CDATA section or instruction. */
    private int mark;

    XmlMarkupGuard(InputStream in) {
        this(in, DEFAULT_MAX_MARKUP_BYTES);
    }

    XmlMarkupGuard(InputStream in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            single[0] = (byte) b;
            accept(single, 0, 1);
        } else {
            end();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = in.read(buffer, offset, count);
        if (n > 0) {
            accept(buffer, offset, n);
        } else if (n < 0) {
            end();
        }
        return n;
    }

    /** Skipped bytes are read and scanned all the same. */
    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    /** No mark and reset: bytes read twice would be scanned twice. */
    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark and reset are not supported");
    }

    private void accept(byte[] buffer, int offset, int count) throws IOException {
        int from = offset;
        int to = offset + count;
        if (width == 0) {
            while (from < to && headLength < head.length) {
                head[headLength++] = buffer[from++];
            }
            if (headLength < head.length) {
                return;
            }
            startScan();
        }
        if (width == 1) {
            scanBytes(buffer, from, to);
        } else {
            scanUnits(buffer, from, to);
        }
    }

    private void end() throws IOException {
        if (width == 0) {
            startScan();
        }
    }

    /** Tells the encoding family from the first bytes (XML 1.0 appendix F), then scans them. */
    private void startScan() throws IOException {
        int b0 = headLength > 0 ? head[0] & 0xFF : -1;
        int b1 = headLength > 1 ? head[1] & 0xFF : -1;
        int b2 = headLength > 2 ? head[2] & 0xFF : -1;
        int b3 = headLength > 3 ? head[3] & 0xFF : -1;
        width = 1;
        if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) || (b0 == 0 && b1 == 0 && b2 == 0 && b3 == '<')) {
            width = 4;
            bigEndian = true;
        } else if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0)) {
            width = 4;
        } else if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 == '<')) {
            width = 2;
            bigEndian = true;
        } else if ((b0 == 0xFF && b1 == 0xFE) || (b0 == '<' && b1 == 0)) {
            width = 2;
        } else if (b0 == 0x4C && b1 == 0x6F && b2 == 0xA7 && b3 == 0x94) {
            throw new RefusedXmlException("an XML part in EBCDIC", FileProblems.XML_ENCODING);
        }
        if (width == 1) {
            scanBytes(head, 0, headLength);
        } else {
            scanUnits(head, 0, headLength);
        }
    }

    /** The scan of a part in an ASCII-compatible encoding: a tight loop to the next {@code <}, then the markup byte by byte. */
    private void scanBytes(byte[] buffer, int from, int to) throws IOException {
        int i = from;
        while (i < to) {
            if (state == State.PLAIN) {
                int start = i;
                while (i < to && buffer[i] != '<') {
                    i++;
                }
                count(i - start);
                if (i == to) {
                    return;
                }
            }
            step(buffer[i++] & 0xFF);
        }
    }

    private void count(int bytes) throws MarkupTooLongException {
        length += bytes;
        if (length > limit) {
            throw new MarkupTooLongException(limit);
        }
    }

    private void scanUnits(byte[] buffer, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            int b = buffer[i] & 0xFF;
            unit = bigEndian ? (unit << 8) | b : unit | (b << (8 * unitBytes));
            if (++unitBytes == width) {
                int c = unit;
                unit = 0;
                unitBytes = 0;
                if (state == State.PLAIN && c != '<') {
                    count(width);
                } else {
                    step(c);
                    count(width - 1);
                }
            }
        }
    }

    /** One character after a {@code <}, or the {@code <} itself. */
    private void step(int c) throws IOException {
        count(1);
        switch (state) {
            case PLAIN -> {
                if (c == '<') {
                    state = State.OPENED;
                    length = 1;
                }
            }
            case OPENED -> state = c == '!' ? State.BANG : c == '?' ? opens(State.PI) : plain(c);
            case BANG -> {
                if (c == '-') {
                    state = State.COMMENT_OPEN;
                } else if (c == '[') {
                    state = State.CDATA_OPEN;
                    mark = 1;
                } else if (c == 'D' || c == 'd') {
                    throw new RefusedXmlException("a document type declaration", FileProblems.XML_DOCTYPE);
                } else {
                    state = plain(c);
                }
            }
            case COMMENT_OPEN -> state = c == '-' ? opens(State.COMMENT) : plain(c);
            case CDATA_OPEN -> {
                if (c != CDATA_START.charAt(mark)) {
                    state = plain(c);
                } else if (++mark == CDATA_START.length()) {
                    state = opens(State.CDATA);
                }
            }
            case COMMENT -> closes(c, '-', 2);
            case CDATA -> closes(c, ']', 2);
            case PI -> closes(c, '?', 1);
        }
    }

    private State opens(State construct) {
        mark = 0;
        return construct;
    }

    /** Back to tags and text; a {@code <} here (as in {@code <<}) starts the next piece. */
    private State plain(int c) {
        if (c == '<') {
            length = 1;
            return State.OPENED;
        }
        return State.PLAIN;
    }

    /** Counts the closing characters before a {@code >}; enough of them and a {@code >} ends the construct. */
    private void closes(int c, int closing, int needed) {
        if (c == '>' && mark >= needed) {
            state = State.PLAIN;
            length = 0;
            mark = 0;
        } else {
            mark = c == closing ? mark + 1 : 0;
        }
    }
}
