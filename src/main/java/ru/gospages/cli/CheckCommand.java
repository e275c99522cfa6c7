package ru.gospages.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ru.gospages.check.CheckResult;
import ru.gospages.check.SubmissionCheck;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.intake.SubmissionFiles;
import ru.gospages.problems.Messages;

/**
 * {@code check PATH...}: reads files or folders of submissions exactly as {@code run} would, prints
 * every problem grouped by file and a summary, and changes nothing; files are named relative to the
 * folder given (a file given by itself by its name), so the table stays narrow; the checking itself is
 * {@link SubmissionCheck}'s. Exit 0 without errors, 1 with
 * errors, 2 on a usage error or when nothing could be read.
 */
public final class CheckCommand {

    private final SubmissionCheck check;
    private final PrintStream out;

    public CheckCommand(SubmissionCheck check, PrintStream out) {
        this.check = check;
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
                // names relative to the folder given (with its own name first when several paths are given)
                String prefix = paths.size() == 1 ? "" : folderName(path) + "/";
                SubmissionFiles.list(path).forEach(f -> files.add(new SubmissionFile(f.path(), prefix + f.name())));
            } else if (Files.isRegularFile(path)) {
                if (!SubmissionFiles.isIgnored(path.getFileName())) {
                    files.add(new SubmissionFile(path, path.getFileName().toString()));
                }
            } else {
                out.println(Messages.text("check.notFound", argument));
                return ExitCode.USAGE;
            }
        }
        CheckResult result = check.check(files);
        new CheckReport(out).print(result);
        if (files.isEmpty() || result.readableFiles() == 0) {
            return ExitCode.USAGE;
        }
        return result.errors() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    /** The last name of a folder as given, also for {@code .} or {@code dir/..}. */
    private static String folderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString();
    }
}
