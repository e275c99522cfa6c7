package ru.gospages.intake;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Releasing what a reader opened, where a failure to release must not hide the file problem being
 * reported: the submission is only ever read, so nothing is lost.
 */
final class Quietly {

    private Quietly() {
    }

    static void close(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // read-only: nothing to lose
            }
        }
    }

    /** Deletes a temporary file of ours; one that cannot be deleted now goes when the JVM exits. */
    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (Exception e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
