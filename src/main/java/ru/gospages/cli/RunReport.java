package ru.gospages.cli;

import java.io.PrintStream;
import ru.gospages.figures.DirectoryFigures;
import ru.gospages.job.RunResult;
import ru.gospages.problems.Messages;
import ru.gospages.publish.summary.RussianText;
import ru.gospages.publish.summary.Summary;

/** The short Russian summary printed at the end of a run: files, rows, pages, share verified, changes, the organisation directory's figures when there is one, where the outputs are. */
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
        // «2,3 с», «1 604», «92,5 %»: the Russian form, as in summary.html (the JSON keeps the machine form)
        out.println(Messages.text("run.done", summary.period(), summary.run().seconds().toPlainString().replace('.', ',')));
        out.println(Messages.text("run.summary.files", count(files.read()), count(files.rejected())));
        out.println(Messages.text("run.summary.rows", count(rows.read()), count(rows.accepted()), count(rows.rejected()),
                count(rows.duplicates()), count(rows.exempt())));
        out.println(Messages.text("run.summary.pages", count(pages.total()), count(pages.verified()),
                RussianText.percent(pages.verifiedPercent()), count(pages.carriedOver())));
        out.println(Messages.text("run.summary.changes", count(changes.added()), count(changes.removed()),
                count(changes.verified()), count(changes.unverified())));
        if (summary.directory() != null) {
            DirectoryFigures.Counts directory = summary.directory();
            out.println(Messages.text("run.summary.directory", count(directory.organizations()), count(directory.reported()),
                    count(directory.notReported()), count(directory.compliant()), RussianText.percent(directory.compliantPercent()),
                    count(directory.withoutPages()), count(directory.unknownOrganizations() == null ? 0 : directory.unknownOrganizations())));
        }
        out.println(Messages.text("run.summary.outputs", result.periodFolder(), result.openDataFolder()));
    }

    private static String count(long value) {
        return RussianText.number(value);
    }
}
