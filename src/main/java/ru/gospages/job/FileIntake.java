package ru.gospages.job;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import ru.gospages.intake.Submission;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.intake.SubmissionReader;
import ru.gospages.registry.InputOrder;
import ru.gospages.registry.StagingRepository;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.Problem;

/**
 * Reads one submission file as the items of an intake partition, and records the file's outcome
 * when the partition ends ({@link FileOutcomeListener} calls {@link #start()} and {@link #finish()}):
 * its row counts, or — for a file rejected as a whole, even late — its one file problem, after
 * removing whatever rows of it were already staged. Before it starts it removes what an earlier,
 * failed attempt at the same file staged, so a restart never counts a row twice.
 */
public class FileIntake implements ItemStreamReader<CheckedRow> {

    private final SubmissionReader reader;
    private final StagingRepository staging;
    private final RunProgress progress;
    private final String period;
    private final int fileOrd;
    private final SubmissionFile file;

    private Submission submission;
    private long read;
    private long accepted;
    private long exempt;

    public FileIntake(SubmissionReader reader, StagingRepository staging, RunProgress progress, String period,
                      int fileOrd, Path path, String name) {
        this.reader = reader;
        this.staging = staging;
        this.progress = progress;
        this.period = period;
        this.fileOrd = fileOrd;
        this.file = new SubmissionFile(path, name);
    }

    /** Removes what an earlier attempt at this file staged. */
    public void start() {
        staging.clearFile(period, fileOrd);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        if (submission == null) {
            submission = reader.open(file);
        }
    }

    @Override
    public CheckedRow read() {
        open(null);
        CheckedRow row = submission.next();
        if (row != null) {
            read += row.pageRows();
            accepted += row.accepted().size();
            exempt += row.pageRows() == 0 ? 1 : 0;
            progress.rows(row.pageRows() == 0 ? 1 : row.pageRows());
        }
        return row;
    }

    /** Records the file's outcome once all its rows are staged. */
    public void finish() {
        open(null);
        if (submission.rejection().isPresent()) {
            staging.clearFile(period, fileOrd);
            staging.writeProblems(period, fileOrd, InputOrder.ofFile(fileOrd), List.of(submission.rejection().get()));
            staging.writeFile(period, fileOrd, file.name(), true, 0, 0, 0);
        } else {
            List<Problem> sheetProblems = submission.sheetProblems();
            staging.writeProblems(period, fileOrd, InputOrder.ofFile(fileOrd), sheetProblems);
            staging.writeFile(period, fileOrd, file.name(), false, read, accepted, exempt);
        }
        progress.fileDone();
        close();
    }

    @Override
    public void close() {
        if (submission != null) {
            submission.close();
        }
    }
}
