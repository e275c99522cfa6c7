package ru.gospages.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.gospages.problems.Messages;
import ru.gospages.problems.Place;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;
import ru.gospages.problems.Severity;
import ru.gospages.profile.JobProfile;

/**
 * One submission file being read: a pull cursor of its data rows, sheet after sheet, mapped onto
 * the recognised columns but not checked (the row rules apply them, {@code rules.RowChecks}), and at the end
 * the file's outcome. A file can turn out to be rejected late (too many rows, corrupt at the end),
 * so whoever consumes the rows must be ready to discard them when {@link #rejection()} is present.
 */
public final class Submission implements AutoCloseable {

    private final SubmissionFile file;
    private final SheetCursor cursor;
    private final HeaderLocator locator;
    private final JobProfile profile;

    private final List<Problem> sheetProblems = new ArrayList<>();
    private final List<RawRow> pending = new ArrayList<>();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private Problem rejection;
    private boolean finished;
    private SheetLayout layout;
    private String sheet;
    private int sheetIndex = -1;
    private int pendingIndex;
    private boolean anyRow;
    private boolean anyHeader;
    private boolean anyDataRow;

    Submission(SubmissionFile file, SheetCursor cursor, HeaderLocator locator, JobProfile profile) {
        this.file = file;
        this.cursor = cursor;
        this.locator = locator;
        this.profile = profile;
    }

    /** A submission rejected before reading (unsupported, empty, too large, unreadable). */
    static Submission rejected(SubmissionFile file, Problem problem) {
        Submission submission = new Submission(file, null, null, null);
        submission.rejection = problem;
        submission.finished = true;
        return submission;
    }

    public SubmissionFile file() {
        return file;
    }

    /** The next non-empty data row; {@code null} when the file is done (or rejected). */
    public SubmittedRow next() {
        try {
            while (!finished) {
                RawRow raw = nextRaw();
                if (raw == null) {
                    continue;
                }
                SubmittedRow row = SubmittedRow.of(new Place(file.name(), sheet, sheetIndex, raw.number()), raw, layout);
                if (row.isEmpty()) {
                    continue;
                }
                anyDataRow = true;
                return row;
            }
        } catch (SubmissionException e) {
            reject(e.code(), e.getMessage());
        }
        return null;
    }

    /** The file problem when the file is rejected as a whole; known once {@link #next()} returned null. */
    public Optional<Problem> rejection() {
        return Optional.ofNullable(rejection);
    }

    /** Sheet warnings (F-NO-HEADER on a sheet skipped); empty for a rejected file. */
    public List<Problem> sheetProblems() {
        return rejection == null ? List.copyOf(sheetProblems) : List.of();
    }

    /** The header texts of each sheet read so far, by sheet name: column index → header as written. */
    public Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /** The next raw data row of the current sheet, or null after moving on to another sheet or finishing. */
    private RawRow nextRaw() throws SubmissionException {
        if (layout == null) {
            openNextSheet();
            return null;
        }
        if (pendingIndex < pending.size()) {
            return pending.get(pendingIndex++);
        }
        RawRow raw = cursor.nextRow();
        if (raw == null) {
            layout = null;
        }
        return raw;
    }

    private void openNextSheet() throws SubmissionException {
        Optional<String> next = cursor.nextSheet();
        if (next.isEmpty()) {
            finish();
            return;
        }
        sheet = next.get();
        sheetIndex++;
        pending.clear();
        pendingIndex = 0;
        int searchRows = profile.limits().headerSearchRows();
        RawRow raw;
        while (pending.size() < searchRows && (raw = cursor.nextRow()) != null) {
            if (!raw.isBlank()) {
                pending.add(raw);
                anyRow = true;
            }
        }
        Optional<SheetLayout> found = locator.locate(pending);
        if (found.isEmpty()) {
            sheetProblems.add(new Problem(file.name(), sheet, 0, "", "", ProblemCode.F_NO_HEADER,
                    Severity.WARNING, Messages.of(ProblemCode.F_NO_HEADER, "sheet", sheet, searchRows)));
            drainSheet();
            return;
        }
        anyHeader = true;
        layout = found.get();
        headers.put(sheet, layout.headers());
        int header = layout.headerRow();
        pending.removeIf(row -> row.number() <= header);
    }

    /** Skips the rest of a sheet without a header (rows are still read, so limits still apply). */
    private void drainSheet() throws SubmissionException {
        while (cursor.nextRow() != null) {
            anyRow = true;
        }
        pending.clear();
    }

    private void finish() {
        finished = true;
        if (!anyRow) {
            reject(ProblemCode.F_EMPTY, Messages.of(ProblemCode.F_EMPTY, "norows"));
        } else if (!anyHeader) {
            reject(ProblemCode.F_NO_HEADER, Messages.of(ProblemCode.F_NO_HEADER, null, profile.limits().headerSearchRows()));
        } else if (!anyDataRow) {
            reject(ProblemCode.F_EMPTY, Messages.of(ProblemCode.F_EMPTY, "norows"));
        }
    }

    private void reject(ProblemCode code, String message) {
        finished = true;
        if (rejection == null) {
            rejection = Problem.ofFile(file.name(), code, Severity.ERROR, message);
        }
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
    }
}
