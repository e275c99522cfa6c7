package ru.gospages.cli;

import java.io.PrintStream;
import java.util.List;
import ru.gospages.check.CheckResult;
import ru.gospages.check.FileCheck;
import ru.gospages.check.ProblemRun;
import ru.gospages.problems.Messages;
import ru.gospages.problems.Problem;
import ru.gospages.problems.Severity;
import ru.gospages.publish.summary.RussianText;

/**
 * The terminal report of {@code check}: per file its problems in aligned columns (sheet, row,
 * column, code, severity, message; one finding repeated on consecutive rows is one line with its
 * row range and count) and a summary line, then a table of all files and the totals, with numbers
 * in the Russian form («1 604»).
 */
final class CheckReport {

    private static final int MAX_SHEET_WIDTH = 24;

    private final PrintStream out;

    CheckReport(PrintStream out) {
        this.out = out;
    }

    void print(CheckResult result) {
        result.files().forEach(this::print);
        printTotals(result);
    }

    private void print(FileCheck file) {
        out.println();
        out.println(file.name());
        List<Problem> problems = file.problems();
        if (file.isRejected()) {
            Problem problem = problems.get(0);
            out.printf("  %s  %s  %s%n", problem.code(), severity(problem.severity()), problem.message());
            out.println("  " + Messages.text("check.fileRejected"));
            return;
        }
        // one line per finding repeated on consecutive rows; the counts below stay one per row
        List<ProblemRun> runs = ProblemRun.of(problems);
        int sheetWidth = Math.min(MAX_SHEET_WIDTH, Math.max(4, problems.stream().mapToInt(p -> p.sheet().length()).max().orElse(4)));
        int codeWidth = problems.stream().mapToInt(p -> p.code().code().length()).max().orElse(4);
        int rowWidth = Math.max(6, runs.stream().mapToInt(r -> rows(r).length()).max().orElse(6));
        String line = "  %-" + sheetWidth + "s  %" + rowWidth + "s  %-3s  %-" + codeWidth + "s  %-14s  %s%n";
        if (!problems.isEmpty()) {
            out.printf(line, Messages.text("check.col.sheet"), Messages.text("check.col.row"), Messages.text("check.col.column"),
                    Messages.text("check.col.code"), Messages.text("check.col.severity"), Messages.text("check.col.message"));
        }
        for (ProblemRun run : runs) {
            Problem p = run.first();
            String message = p.value().isEmpty() || p.message().contains(p.value())
                    ? p.message() : p.message() + " [" + p.value() + "]";
            if (run.count() > 1) {
                message += " " + Messages.text("check.repeated", RussianText.counted(run.count(),
                        Messages.text("check.rows.one"), Messages.text("check.rows.few"), Messages.text("check.rows.many")));
            }
            out.printf(line, shorten(p.sheet(), sheetWidth), rows(run), p.column(), p.code(), severity(p.severity()), message);
        }
        out.println("  " + Messages.text("check.fileSummary", number(file.read()), number(file.accepted()),
                number(file.read() - file.accepted()), number(file.exempt()), number(file.count(Severity.ERROR)),
                number(file.count(Severity.WARNING))));
    }

    /** The row of a problem, «2–1001» for a run of rows, nothing for a file or sheet problem. */
    private static String rows(ProblemRun run) {
        if (run.firstRow() <= 0) {
            return "";
        }
        return run.isRange() ? run.firstRow() + "–" + run.lastRow() : Integer.toString(run.firstRow());
    }

    private void printTotals(CheckResult result) {
        List<FileCheck> files = result.files();
        out.println();
        out.println(Messages.text("check.tableTitle"));
        int nameWidth = Math.max(4, files.stream().mapToInt(f -> f.name().length()).max().orElse(4));
        out.printf("  %-" + nameWidth + "s  %7s  %7s  %9s  %6s  %8s  %s%n", Messages.text("check.col.file"),
                Messages.text("check.col.read"), Messages.text("check.col.accepted"), Messages.text("check.col.rejected"),
                Messages.text("check.col.errors"), Messages.text("check.col.warnings"), Messages.text("check.col.result"));
        for (FileCheck f : files) {
            String status = Messages.text("check.result." + f.status().label());
            out.printf("  %-" + nameWidth + "s  %7s  %7s  %9s  %6s  %8s  %s%n", f.name(), number(f.read()), number(f.accepted()),
                    number(f.rejected()), number(f.count(Severity.ERROR)), number(f.count(Severity.WARNING)), status);
        }
        out.println();
        out.println(Messages.text("check.totals", number(files.size()), number(result.rejectedFiles()), number(result.read()),
                number(result.accepted()), number(result.read() - result.accepted()), number(result.exempt()),
                number(result.errors()), number(result.warnings())));
    }

    /** A count as a Russian reader writes it: «1 604». */
    private static String number(long value) {
        return RussianText.number(value);
    }

    private static String severity(Severity severity) {
        return Messages.text("severity." + severity.label());
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
