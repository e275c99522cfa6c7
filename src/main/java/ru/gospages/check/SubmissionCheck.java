package ru.gospages.check;

import java.util.ArrayList;
import java.util.List;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.profile.JobProfile;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.RowChecks;

/**
 * Checks submission files exactly as {@code run} reads them and changes nothing: every row rule,
 * then {@code R-DUPLICATE}/{@code R-CONFLICT} among the files checked together, in the order given.
 * Thread-safe: each call keeps its own state.
 */
public final class SubmissionCheck {

    private final RowChecks checks;
    private final JobProfile profile;

    public SubmissionCheck(RowChecks checks, JobProfile profile) {
        this.checks = checks;
        this.profile = profile;
    }

    /** Checks the files together: duplicates are looked for across all of them. */
    public CheckResult check(List<SubmissionFile> files) {
        CheckDuplicates duplicates = new CheckDuplicates(profile);
        List<FileCheck> results = new ArrayList<>(files.size());
        for (SubmissionFile file : files) {
            results.add(check(file, duplicates));
        }
        return new CheckResult(results);
    }

    /** Checks one file on its own. */
    public FileCheck check(SubmissionFile file) {
        return check(file, new CheckDuplicates(profile));
    }

    /** Reads one file to the end; a file rejected late keeps only its file problem. */
    private FileCheck check(SubmissionFile file, CheckDuplicates duplicates) {
        FileTally tally = new FileTally(file.name());
        try (RowChecks.Checked submission = checks.open(file)) {
            CheckedRow row;
            while ((row = submission.next()) != null) {
                tally.add(row);
                row.accepted().forEach(page -> tally.addProblems(duplicates.check(page)));
            }
            submission.rejection().ifPresentOrElse(problem -> {
                tally.reject(problem);
                duplicates.forget(file.name());
            }, () -> tally.addSheetProblems(submission.sheetProblems()));
            tally.headers(submission.headers());
        }
        return tally.result();
    }
}
