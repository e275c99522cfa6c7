package ru.gospages.registry;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Reads what a {@link RecordOutput} wrote, in the same order. */
public final class RecordInput implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final DataInputStream in;
    private final String source;
    private byte[] buffer = new byte[256];

    private RecordInput(InputStream stream, String source) {
        this.in = new DataInputStream(new BufferedInputStream(stream, BUFFER));
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
        try {
            return in.read();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public String string() {
        try {
            int length = in.readInt();
            if (length > buffer.length) {
                buffer = new byte[Math.max(length, buffer.length * 2)];
            }
            in.readFully(buffer, 0, length);
            return new String(buffer, 0, length, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public int integer() {
        try {
            return in.readInt();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public long number() {
        try {
            return in.readLong();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public boolean flag() {
        try {
            return in.readBoolean();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public OptionalLong optionalNumber() {
        return flag() ? OptionalLong.of(number()) : OptionalLong.empty();
    }

    private RuntimeException failure(IOException e) {
        if (e instanceof EOFException) {
            return new IllegalStateException("work file cut short: " + source, e);
        }
        return new UncheckedIOException(e);
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
