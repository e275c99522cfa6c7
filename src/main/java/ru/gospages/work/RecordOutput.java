package ru.gospages.work;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import ru.gospages.text.Utf8;

/**
 * A sequential binary record stream in a run's work folder: strings as length-prefixed UTF-8
 * (no 64 KB limit as with {@code writeUTF}), whole numbers big-endian, flags as one byte. Records
 * start with a tag byte so that {@link RecordInput#tag()} can tell the end of the stream. Bytes go
 * into a buffer of its own: {@code DataOutputStream} over {@code BufferedOutputStream} took a
 * synchronized call per byte of every number. I/O failures are unchecked: a work file that cannot be
 * written fails the step, which is what a full disk should do.
 */
public final class RecordOutput implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int length;

    private RecordOutput(OutputStream out) {
        this.out = out;
    }

    /**
     * A new file (replacing an old one) at {@code file}; its folder must exist. An old file is deleted,
     * not truncated: ext4 flushes a file truncated to zero to disk when it is closed (its guard for
     * files rewritten in place), seconds of writing at national scale for work files read once.
     */
    public static RecordOutput create(Path file) {
        try {
            Files.deleteIfExists(file);
            return new RecordOutput(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records written into {@code stream}, for blocks kept elsewhere than in a file. */
    public static RecordOutput of(OutputStream stream) {
        return new RecordOutput(stream);
    }

    public RecordOutput tag(int tag) {
        room(1);
        buffer[length++] = (byte) tag;
        return this;
    }

    public RecordOutput string(String value) {
        String text = value == null ? "" : value;
        int most = text.length() * Utf8.MAX_BYTES_PER_CHAR;
        if (most > BUFFER - 4) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return encoded(bytes, 0, bytes.length);
        }
        // encoded in place behind a length written once the length is known
        room(4 + most);
        int start = length + 4;
        int end = Utf8.encode(text, 0, text.length(), buffer, start);
        integer(end - start);
        length = end;
        return this;
    }

    /** A string given as the UTF-8 bytes {@link #string} would write for it (see {@link RecordInput#copyString}). */
    RecordOutput encoded(byte[] bytes, int offset, int count) {
        integer(count);
        if (count > BUFFER) {
            drain();
            write(bytes, offset, count);
        } else {
            room(count);
            System.arraycopy(bytes, offset, buffer, length, count);
            length += count;
        }
        return this;
    }

    public RecordOutput integer(int value) {
        room(4);
        buffer[length] = (byte) (value >>> 24);
        buffer[length + 1] = (byte) (value >>> 16);
        buffer[length + 2] = (byte) (value >>> 8);
        buffer[length + 3] = (byte) value;
        length += 4;
        return this;
    }

    public RecordOutput number(long value) {
        integer((int) (value >>> 32));
        return integer((int) value);
    }

    public RecordOutput flag(boolean value) {
        return tag(value ? 1 : 0);
    }

    public RecordOutput optionalNumber(OptionalLong value) {
        flag(value.isPresent());
        return value.isPresent() ? number(value.getAsLong()) : this;
    }

    /** Hands what is buffered to the operating system (a chunk's rows are then in the file). */
    public void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        drain();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(int bytes) {
        if (length + bytes > BUFFER) {
            drain();
        }
    }

    private void drain() {
        write(buffer, 0, length);
        length = 0;
    }

    private void write(byte[] bytes, int offset, int count) {
        if (count == 0) {
            return;
        }
        try {
            out.write(bytes, offset, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
