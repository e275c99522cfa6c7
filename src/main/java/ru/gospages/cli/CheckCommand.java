package ru.gospages.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ru.gospages.intake.Submission;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.intake.SubmissionFiles;
import ru.gospages.intake.SubmissionReader;
import ru.gospages.profile.JobProfile;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.Messages;

/**
 * {@code check PATH...}: reads files or folders of submissions exactly as {@code run} would, prints
 * every problem grouped by file and a summary, and changes nothing. Exit 0 without errors, 1 with
 * errors, 2 on a usage error or when nothing could be read.
 */
public final class CheckCommand {

    private final SubmissionReader reader;
    private final JobProfile profile;
    private final PrintStream out;

    public CheckCommand(SubmissionReader reader, JobProfile profile, PrintStream out) {
        this.reader = reader;
        this.profile = profile;
        this.out = out;
    }

    public int run(List<String> paths) {
        if (paths.isEmpty()) {
            out.println(Messages.text("check.usage"));
            return ExitCode.USAGE;
        }
        List<SubmissionFile> files = new ArrayList<>();
        for (String argument : paths) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                String prefix = argument.endsWith("/") ? argument : argument + "/";
                SubmissionFiles.list(path).forEach(f -> files.add(new SubmissionFile(f.path(), prefix + f.name())));
            } else if (Files.isRegularFile(path)) {
                if (!SubmissionFiles.isIgnored(path.getFileName())) {
                    files.add(new SubmissionFile(path, argument));
                }
            } else {
                out.println(Messages.text("check.notFound", argument));
                return ExitCode.USAGE;
            }
        }
        CheckReport report = new CheckReport(out);
        CheckDuplicates duplicates = new CheckDuplicates(profile);
        for (SubmissionFile file : files) {
            report.print(check(file, duplicates));
        }
        report.printTotals();
        if (files.isEmpty() || report.readableFiles() == 0) {
            return ExitCode.USAGE;
        }
        return report.errors() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    /** Checks one file on its own. */
    FileResult check(SubmissionFile file) {
        return check(file, new CheckDuplicates(profile));
    }

    /** Reads one file to the end; a file rejected late keeps only its file problem. */
    FileResult check(SubmissionFile file, CheckDuplicates duplicates) {
        FileResult result = new FileResult(file.name());
        try (Submission submission = reader.open(file)) {
            CheckedRow row;
            while ((row = submission.next()) != null) {
                result.add(row);
                row.accepted().forEach(page -> result.addProblems(duplicates.check(page)));
            }
            submission.rejection().ifPresentOrElse(problem -> {
                result.reject(problem);
                duplicates.forget(file.name());
            }, () -> result.addSheetProblems(submission.sheetProblems()));
        }
        return result;
    }
}
