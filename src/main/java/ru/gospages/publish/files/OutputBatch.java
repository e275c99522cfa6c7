package ru.gospages.publish.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one step writes, renamed to their final names together at the end of the step, or all
 * discarded. Each rename is atomic, so each final file is either the old complete one or the new
 * complete one; a crash during {@link #commitAll()} can leave some files new and some old, never a
 * partial file. Closing a batch that was not committed discards it. Not thread-safe.
 */
public final class OutputBatch implements AutoCloseable {

    private final Map<Path, Path> partsByFinalPath = new LinkedHashMap<>();
    private boolean finished;

    /**
     * Registers {@code finalPath} and returns the temporary path to write its content to. Creates
     * missing folders and removes a stale temporary file left by an earlier crash.
     */
    public Path create(Path finalPath) throws IOException {
        if (finished) {
            throw new IllegalStateException("The batch is already committed or discarded");
        }
        Path target = finalPath.toAbsolutePath().normalize();
        if (partsByFinalPath.containsKey(target)) {
            throw new IllegalArgumentException("Already in this batch: " + target);
        }
        Files.createDirectories(target.getParent());
        Path part = AtomicOutput.partOf(target);
        Files.deleteIfExists(part);
        partsByFinalPath.put(target, part);
        return part;
    }

    /**
     * Registers {@code finalPath} with a file written elsewhere under the same output root (a draft in
     * the run's work folder), moved now to the temporary name: renamed like the others at the end.
     */
    public Path adopt(Path finalPath, Path written) throws IOException {
        Path part = create(finalPath);
        Files.move(written, part, StandardCopyOption.REPLACE_EXISTING);
        return part;
    }

    /** Renames every temporary file to its final name, in the order they were created. */
    public void commitAll() throws IOException {
        if (finished) {
            throw new IllegalStateException("The batch is already committed or discarded");
        }
        // check first, so a file its writer never produced stops the step before any rename
        for (Path part : partsByFinalPath.values()) {
            if (!Files.isRegularFile(part)) {
                throw new NoSuchFileException(part.toString(), null, "was never written");
            }
        }
        for (Map.Entry<Path, Path> file : partsByFinalPath.entrySet()) {
            AtomicOutput.commit(file.getValue(), file.getKey());
        }
        finished = true;
    }

    /** Deletes every temporary file; the final names keep what they held before. */
    public void discardAll() {
        finished = true;
        List<IOException> failures = new ArrayList<>();
        for (Path part : partsByFinalPath.values()) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            UncheckedIOException failure = new UncheckedIOException("Could not delete temporary files", failures.get(0));
            failures.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }

    /** The final paths of this batch, in creation order. */
    public List<Path> finalPaths() {
        return List.copyOf(partsByFinalPath.keySet());
    }

    @Override
    public void close() {
        if (!finished) {
            discardAll();
        }
    }
}
