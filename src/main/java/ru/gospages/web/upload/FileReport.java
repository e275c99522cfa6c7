package ru.gospages.web.upload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.gospages.check.FileCheck;
import ru.gospages.check.ProblemRun;
import ru.gospages.problems.Messages;
import ru.gospages.problems.Problem;
import ru.gospages.problems.Severity;

/**
 * The result page's view of one checked file: counts and status, problems by code and by column,
 * then every problem (repeats on consecutive rows as one line with a row range). Values only;
 * the template escapes all of them.
 */
public record FileReport(int index, String name, String status, String statusText, int read, int accepted, int rejected,
                         int exempt, long errors, long warnings, boolean rejectedWhole, String rejection,
                         List<Count> byCode, List<Count> byColumn, List<Line> lines, boolean canHandIn) {

    /** A count of problems under a label (a code, or a column letter with its header). */
    public record Count(String label, String detail, long count) {
    }

    /** One line of the problem list. */
    public record Line(String sheet, String rows, String column, String header, String value, String code,
                       String severity, boolean error, String message) {
    }

    public static FileReport of(StagedFile file, boolean operator) {
        FileCheck check = file.check();
        Map<String, Count> byCode = new LinkedHashMap<>();
        Map<String, Count> byColumn = new LinkedHashMap<>();
        for (Problem p : check.problems()) {
            byCode.merge(p.code().code(), new Count(p.code().code(), severity(p.severity()), 1),
                    (a, b) -> new Count(a.label(), a.detail(), a.count() + 1));
            if (!p.column().isEmpty()) {
                byColumn.merge(p.column(), new Count(p.column(), check.header(p), 1),
                        (a, b) -> new Count(a.label(), a.detail(), a.count() + 1));
            }
        }
        List<Line> lines = ProblemRun.of(check.problems()).stream().map(run -> {
            Problem p = run.first();
            String rows = p.row() == 0 ? "" : run.isRange() ? p.row() + "–" + run.lastRow() : String.valueOf(p.row());
            return new Line(p.sheet(), rows, p.column(), check.header(p), p.value(), p.code().code(),
                    severity(p.severity()), p.isError(), p.message());
        }).toList();
        boolean hasErrors = file.hasErrors();
        return new FileReport(file.index(), file.sentName(), check.status().label(),
                Messages.text("check.result." + check.status().label()), check.read(), check.accepted(), check.rejected(),
                check.exempt(), check.count(Severity.ERROR), check.count(Severity.WARNING), check.isRejected(),
                check.isRejected() ? check.problems().get(0).message() : "",
                List.copyOf(byCode.values()), List.copyOf(byColumn.values()), lines,
                FileNames.isAccepted(file.sentName()) && (!hasErrors || operator));
    }

    private static String severity(Severity severity) {
        return Messages.text("severity." + severity.label());
    }
}
