package ru.gospages.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.gospages.intake.Submission;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.intake.SubmissionReader;
import ru.gospages.intake.SubmittedRow;
import ru.gospages.problems.Problem;

/**
 * Where the reader meets the row rules: opens a submission and checks each row it yields. The one
 * way both the job's intake step and {@code check} read checked rows, so they can never disagree.
 */
public final class RowChecks {

    private final SubmissionReader reader;
    private final RowValidator validator;

    public RowChecks(SubmissionReader reader, RowValidator validator) {
        this.reader = reader;
        this.validator = validator;
    }

    /** The file opened for reading its checked rows; close it. */
    public Checked open(SubmissionFile file) {
        return new Checked(reader.open(file), validator);
    }

    /**
     * The checked rows of one file, pulled one at a time, and at the end its outcome. A file can
     * turn out to be rejected late, so whoever consumes the rows must be ready to discard them when
     * {@link #rejection()} is present.
     */
    public static final class Checked implements AutoCloseable {

        private final Submission submission;
        private final RowValidator validator;

        private Checked(Submission submission, RowValidator validator) {
            this.submission = submission;
            this.validator = validator;
        }

        public SubmissionFile file() {
            return submission.file();
        }

        /** The next non-empty data row after every row rule; {@code null} when the file is done (or rejected). */
        public CheckedRow next() {
            SubmittedRow row = submission.next();
            return row == null ? null : validator.check(row);
        }

        /** The file problem when the file is rejected as a whole; known once {@link #next()} returned null. */
        public Optional<Problem> rejection() {
            return submission.rejection();
        }

        /** Sheet warnings (F-NO-HEADER on a sheet skipped); empty for a rejected file. */
        public List<Problem> sheetProblems() {
            return submission.sheetProblems();
        }

        /** The header cells of each sheet read, by sheet name, for showing a column's header beside its letter. */
        public Map<String, List<String>> headers() {
            return submission.headers();
        }

        @Override
        public void close() {
            submission.close();
        }
    }
}
