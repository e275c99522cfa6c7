package ru.gospages.intake;

import java.nio.file.Path;
import java.util.Set;

/** One readable file format (XLSX, XLS, CSV): which file extensions it takes and how to open them. */
public interface SheetFormat {

    /** Lower-case extensions without the dot, e.g. {@code xlsx}, {@code xlsm}. */
    Set<String> extensions();

    /**
     * Opens a file for reading. Problems that concern the whole file (encrypted, corrupt, zip
     * bomb, too large, empty) are thrown as {@link SubmissionException} here or while reading.
     */
    SheetCursor open(Path file, IntakeLimits limits) throws SubmissionException;
}
