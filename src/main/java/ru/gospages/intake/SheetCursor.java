package ru.gospages.intake;

import java.util.Optional;

/**
 * A forward-only cursor over the visible sheets of one submission file, one row at a time, so
 * that memory does not grow with the number of rows. XLSX, XLS and CSV each have one; a CSV file
 * is one sheet named after the file.
 */
public interface SheetCursor extends AutoCloseable {

    /** Moves to the next visible sheet and returns its name; empty when there is none left. */
    Optional<String> nextSheet() throws SubmissionException;

    /**
     * The next row of the current sheet that has at least one non-empty cell, or {@code null} at
     * the end of the sheet. Throws F-TOO-LARGE when the sheet exceeds the row limit.
     */
    RawRow nextRow() throws SubmissionException;

    @Override
    void close();
}
