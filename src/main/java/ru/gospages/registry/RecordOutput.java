package ru.gospages.registry;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A sequential binary record stream in a run's work folder: strings as length-prefixed UTF-8
 * (no 64 KB limit as with {@code writeUTF}), whole numbers, flags. Records start with a tag byte so
 * that {@link RecordInput#tag()} can tell the end of the stream. I/O failures are unchecked: a work
 * file that cannot be written fails the step, which is what a full disk should do.
 */
public final class RecordOutput implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final DataOutputStream out;

    private RecordOutput(OutputStream stream) {
        this.out = new DataOutputStream(new BufferedOutputStream(stream, BUFFER));
    }

    /** A new file (replacing an old one) at {@code file}; its folder must exist. */
    public static RecordOutput create(Path file) {
        try {
            return new RecordOutput(Files.newOutputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records written into {@code stream}, for blocks kept elsewhere than in a file. */
    public static RecordOutput of(OutputStream stream) {
        return new RecordOutput(stream);
    }

    public RecordOutput tag(int tag) {
        try {
            out.writeByte(tag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public RecordOutput string(String value) {
        byte[] bytes = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
        try {
            out.writeInt(bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public RecordOutput integer(int value) {
        try {
            out.writeInt(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public RecordOutput number(long value) {
        try {
            out.writeLong(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public RecordOutput flag(boolean value) {
        try {
            out.writeBoolean(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public RecordOutput optionalNumber(OptionalLong value) {
        flag(value.isPresent());
        return value.isPresent() ? number(value.getAsLong()) : this;
    }

    /** Hands what is buffered to the operating system (a chunk's rows are then in the file). */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
