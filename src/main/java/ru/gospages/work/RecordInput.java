package ru.gospages.work;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;

/** Reads what a {@link RecordOutput} wrote, in the same order, from a buffer of its own. */
public final class RecordInput implements AutoCloseable {

    private static final int BUFFER = 1 << 16;
    /** How many fields {@link #string(int)} remembers the last value of. */
    public static final int SLOTS = 8;

    private final InputStream in;
    private final String source;
    private byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    // per slot: the last string read through it, and its bytes
    private final String[] lastValues = new String[SLOTS];
    private final byte[][] lastBytes = new byte[SLOTS][];

    private RecordInput(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Opens {@code file}; a missing work file is an {@link IllegalStateException} naming it. */
    public static RecordInput open(Path file) {
        try {
            return new RecordInput(Files.newInputStream(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("work file missing: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RecordInput of(InputStream stream, String source) {
        return new RecordInput(stream, source);
    }

    /** The tag of the next record, or -1 at the end of the stream. */
    public int tag() {
        if (position == limit && !fill(1)) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    public String string() {
        int length = integer();
        need(length);
        String value = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    /**
     * The next string; the very String read last through the same {@code slot} (0 to {@link #SLOTS}−1)
     * when its bytes are the same. For fields that repeat from one record to the next (a file's
     * sheet, an organisation with several pages, its municipality): a comparison of bytes instead of
     * a UTF-8 decode and a new String, and the records kept in memory share one copy of the text.
     */
    public String string(int slot) {
        int length = integer();
        need(length);
        byte[] last = lastBytes[slot];
        String value;
        if (last != null && Arrays.equals(buffer, position, position + length, last, 0, last.length)) {
            value = lastValues[slot];
        } else {
            value = new String(buffer, position, length, StandardCharsets.UTF_8);
            lastBytes[slot] = Arrays.copyOfRange(buffer, position, position + length);
            lastValues[slot] = value;
        }
        position += length;
        return value;
    }

    /**
     * Hands the next string to {@code out} as it is stored, without decoding it: a record that only
     * passes through (a row's problems on their way from the stage to the period's problems) costs a
     * copy instead of a UTF-8 decode and encode.
     */
    public void copyString(RecordOutput out) {
        int length = integer();
        need(length);
        out.encoded(buffer, position, length);
        position += length;
    }

    public int integer() {
        need(4);
        int value = (buffer[position] & 0xFF) << 24 | (buffer[position + 1] & 0xFF) << 16
                | (buffer[position + 2] & 0xFF) << 8 | buffer[position + 3] & 0xFF;
        position += 4;
        return value;
    }

    public long number() {
        long high = integer();
        return high << 32 | integer() & 0xFFFFFFFFL;
    }

    public boolean flag() {
        need(1);
        return buffer[position++] != 0;
    }

    public OptionalLong optionalNumber() {
        return flag() ? OptionalLong.of(number()) : OptionalLong.empty();
    }

    private void need(int bytes) {
        if (limit - position < bytes && !fill(bytes)) {
            throw new IllegalStateException("work file cut short: " + source);
        }
    }

    /** Reads until at least {@code bytes} are buffered; false at the end of the stream before that. */
    private boolean fill(int bytes) {
        int kept = limit - position;
        if (bytes > buffer.length) {
            byte[] grown = new byte[Math.max(bytes, buffer.length * 2)];
            System.arraycopy(buffer, position, grown, 0, kept);
            buffer = grown;
        } else {
            System.arraycopy(buffer, position, buffer, 0, kept);
        }
        position = 0;
        limit = kept;
        try {
            while (limit < bytes) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    return false;
                }
                limit += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
