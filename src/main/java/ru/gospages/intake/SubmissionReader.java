package ru.gospages.intake;

import ru.gospages.problems.Problem;
import ru.gospages.problems.Severity;
import ru.gospages.profile.JobProfile;

/**
 * Opens submission files for reading: picks the format by extension and hands back a
 * {@link Submission} — rows to pull, or a file rejected as a whole. The one entry point through
 * which both {@code check} and {@code run} read spreadsheets (through {@code rules.RowChecks},
 * which applies the row rules to what it yields).
 */
public final class SubmissionReader {

    private final JobProfile profile;
    private final SheetFormats formats;
    private final HeaderLocator locator;

    public SubmissionReader(JobProfile profile, SheetFormats formats, HeaderLocator locator) {
        this.profile = profile;
        this.formats = formats;
        this.locator = locator;
    }

    public Submission open(SubmissionFile file) {
        try {
            SheetCursor cursor = formats.open(file.path(), IntakeLimits.of(profile.limits()));
            return new Submission(file, cursor, locator, profile);
        } catch (SubmissionException e) {
            return Submission.rejected(file, Problem.ofFile(file.name(), e.code(), Severity.ERROR, e.getMessage()));
        }
    }
}
