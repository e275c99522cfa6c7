package ru.gospages.cli;

import java.io.PrintStream;
import java.util.List;
import ru.gospages.check.CheckResult;
import ru.gospages.check.FileCheck;
import ru.gospages.problems.Messages;
import ru.gospages.problems.Problem;
import ru.gospages.problems.Severity;

/**
 * The terminal report of {@code check}: per file its problems in aligned columns (sheet, row,
 * column, code, severity, message) and a summary line, then a table of all files and the totals.
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
        int sheetWidth = Math.min(MAX_SHEET_WIDTH, Math.max(4, problems.stream().mapToInt(p -> p.sheet().length()).max().orElse(4)));
        int codeWidth = problems.stream().mapToInt(p -> p.code().code().length()).max().orElse(4);
        if (!problems.isEmpty()) {
            out.printf("  %-" + sheetWidth + "s  %6s  %-3s  %-" + codeWidth + "s  %-14s  %s%n",
                    Messages.text("check.col.sheet"), Messages.text("check.col.row"), Messages.text("check.col.column"),
                    Messages.text("check.col.code"), Messages.text("check.col.severity"), Messages.text("check.col.message"));
        }
        for (Problem p : problems) {
            String message = p.value().isEmpty() || p.message().contains(p.value())
                    ? p.message() : p.message() + " [" + p.value() + "]";
            out.printf("  %-" + sheetWidth + "s  %6s  %-3s  %-" + codeWidth + "s  %-14s  %s%n",
                    shorten(p.sheet(), sheetWidth), p.row() == 0 ? "" : Integer.toString(p.row()), p.column(),
                    p.code(), severity(p.severity()), message);
        }
        out.println("  " + Messages.text("check.fileSummary", file.read(), file.accepted(), file.read() - file.accepted(),
                file.exempt(), file.count(Severity.ERROR), file.count(Severity.WARNING)));
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
            out.printf("  %-" + nameWidth + "s  %7d  %7d  %9d  %6d  %8d  %s%n", f.name(), f.read(), f.accepted(),
                    f.rejected(), f.count(Severity.ERROR), f.count(Severity.WARNING), status);
        }
        out.println();
        out.println(Messages.text("check.totals", files.size(), result.rejectedFiles(), result.read(), result.accepted(),
                result.read() - result.accepted(), result.exempt(), result.errors(), result.warnings()));
    }

    private static String severity(Severity severity) {
        return Messages.text("severity." + severity.label());
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
