package ru.gospages.publish.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.CharBuffer;
import ru.gospages.text.Utf8;

/**
 * A writer for one thread that encodes UTF-8 by hand into a block of its own and hands the stream
 * large blocks. The open-data CSV of a national month is a quarter of a gigabyte written char by
 * char and value by value; {@code BufferedWriter} takes a lock on every call and the JDK's encoder
 * goes its slow way for every Cyrillic char. The bytes are those of {@code getBytes(UTF_8)}: a
 * surrogate pair split between two calls is joined, a surrogate without its pair becomes {@code ?}.
 */
final class Utf8Writer extends Writer {

    private static final int BLOCK = 1 << 16;
    // chars encoded at a time: their bytes always fit an emptied block
    private static final int CHUNK = BLOCK / 4 / Utf8.MAX_BYTES_PER_CHAR;

    private final OutputStream out;
    private final byte[] buffer = new byte[BLOCK];
    private int position;
    // the high surrogate that ended the last call, waiting for its low half
    private char pending;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        append((char) c);
    }

    @Override
    public Writer append(char c) throws IOException {
        if (c < 0x80 && pending == 0) {
            if (position == BLOCK) {
                drain();
            }
            buffer[position++] = (byte) c;
            return this;
        }
        return append(String.valueOf(c), 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int count) throws IOException {
        append(CharBuffer.wrap(chars, offset, count), 0, count);
    }

    @Override
    public void write(String text, int offset, int count) throws IOException {
        append(text, offset, offset + count);
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        CharSequence chars = text == null ? "null" : text;
        return append(chars, 0, chars.length());
    }

    @Override
    public Writer append(CharSequence text, int start, int end) throws IOException {
        CharSequence chars = text == null ? "null" : text;
        int from = start;
        if (pending != 0 && from < end) {
            room(4);
            if (Character.isLowSurrogate(chars.charAt(from))) {
                position = Utf8.pair(pending, chars.charAt(from++), buffer, position);
            } else {
                buffer[position++] = '?';
            }
            pending = 0;
        }
        int to = end;
        if (to > from && Character.isHighSurrogate(chars.charAt(to - 1))) {
            pending = chars.charAt(--to);
        }
        while (from < to) {
            int until = Math.min(to, from + CHUNK);
            if (until < to && Character.isHighSurrogate(chars.charAt(until - 1))) {
                until--; // a pair stays in one chunk
            }
            room((until - from) * Utf8.MAX_BYTES_PER_CHAR);
            position = Utf8.encode(chars, from, until, buffer, position);
            from = until;
        }
        return this;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pending != 0) {
            pending = 0;
            room(1);
            buffer[position++] = '?';
        }
        flush();
        out.close();
    }

    private void room(int bytes) throws IOException {
        if (position + bytes > BLOCK) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }
}
