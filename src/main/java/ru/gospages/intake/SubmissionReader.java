package ru.gospages.intake;

import ru.gospages.profile.JobProfile;
import ru.gospages.rules.Problem;
import ru.gospages.rules.RowValidator;
import ru.gospages.rules.Severity;

/**
 * Opens submission files for reading: picks the format by extension and hands back a
 * {@link Submission} — rows to pull, or a file rejected as a whole. The one entry point through
 * which both {@code check} and {@code run} read spreadsheets.
 */
public final class SubmissionReader {

    private final JobProfile profile;
    private final SheetFormats formats;
    private final HeaderLocator locator;
    private final RowValidator validator;

    public SubmissionReader(JobProfile profile, SheetFormats formats, HeaderLocator locator, RowValidator validator) {
        this.profile = profile;
        this.formats = formats;
        this.locator = locator;
        this.validator = validator;
    }

    public Submission open(SubmissionFile file) {
        try {
            SheetCursor cursor = formats.open(file.path(), IntakeLimits.of(profile.limits()));
            return new Submission(file, cursor, locator, validator, profile);
        } catch (SubmissionException e) {
            return Submission.rejected(file, Problem.ofFile(file.name(), e.code(), Severity.ERROR, e.getMessage()));
        }
    }
}
