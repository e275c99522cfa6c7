package ru.gospages.publish.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file is written under a hidden temporary name beside its final name ({@code .name.part}) and
 * renamed only when complete, so a crash never leaves a half-written file under a final name
 * (SPEC 7). For the several files of one step use {@link OutputBatch}.
 */
public final class AtomicOutput {

    static final String PART_SUFFIX = ".part";

    /** Writes the content of one file; it receives the temporary path to write to. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path part) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Writes {@code finalPath} through its temporary name and renames it when {@code content} succeeded. */
    public static void write(Path finalPath, Content content) throws IOException {
        try (OutputBatch batch = new OutputBatch()) {
            content.writeTo(batch.create(finalPath));
            batch.commitAll();
        }
    }

    /** The temporary name of {@code finalPath}: in the same folder (a rename never crosses disks), hidden. */
    public static Path partOf(Path finalPath) {
        return finalPath.resolveSibling("." + finalPath.getFileName() + PART_SUFFIX);
    }

    /** Moves a complete temporary file to its final name, replacing an older file of that name. */
    public static void commit(Path part, Path finalPath) throws IOException {
        // flushed to disk first: after a power cut the renamed file must not turn out empty
        force(part);
        try {
            Files.move(part, finalPath, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, finalPath, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Flushes a written file to disk. A writer on a thread of its own may call it as it finishes, so
     * that the commit, on the step's thread, finds nothing left to write.
     */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
