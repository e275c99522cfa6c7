package ru.gospages.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import ru.gospages.job.RunResult;
import ru.gospages.problems.Messages;
import ru.gospages.publish.Summary;

/** The short Russian summary printed at the end of a run: files, rows, pages, share verified, changes, where the outputs are. */
final class RunReport {

    private final PrintStream out;

    RunReport(PrintStream out) {
        this.out = out;
    }

    void print(RunResult result) {
        Summary summary = result.summary();
        Summary.FileCounts files = summary.files();
        Summary.RowCounts rows = summary.rows();
        Summary.PageCounts pages = summary.pages();
        Summary.ChangeCounts changes = summary.changes();
        out.println(Messages.text("run.done", summary.period(), summary.run().seconds().toPlainString()));
        out.println(Messages.text("run.summary.files", files.read(), files.rejected()));
        out.println(Messages.text("run.summary.rows", rows.read(), rows.accepted(), rows.rejected(), rows.duplicates(),
                rows.exempt()));
        BigDecimal percent = pages.verifiedPercent();
        out.println(Messages.text("run.summary.pages", pages.total(), pages.verified(),
                percent == null ? "—" : percent.toPlainString(), pages.carriedOver()));
        out.println(Messages.text("run.summary.changes", changes.added(), changes.removed(), changes.verified(),
                changes.unverified()));
        out.println(Messages.text("run.summary.outputs", result.periodFolder(), result.openDataFolder()));
    }
}
