package ru.gospages.job;

import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import ru.gospages.intake.Submission;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.intake.SubmissionReader;
import ru.gospages.registry.FileOutcomes;
import ru.gospages.rules.CheckedRow;

/**
 * Reads one submission file as the items of an intake partition, and records the file's outcome
 * when the partition ends ({@link FileOutcomeListener} calls {@link #start()} and {@link #finish()}):
 * its row counts, or — for a file rejected as a whole, even late — its one file problem, after
 * dropping whatever rows of it were already staged. Before it starts it drops what an earlier,
 * failed attempt at the same file staged, so a restart never counts a row twice.
 */
public class FileIntake implements ItemStreamReader<CheckedRow> {

    private final SubmissionReader reader;
    private final FileOutcomes outcomes;
    private final FileStage stage;
    private final RunProgress progress;
    private final String period;
    private final int fileOrd;
    private final SubmissionFile file;

    private Submission submission;
    private long read;
    private long accepted;
    private long exempt;

    public FileIntake(SubmissionReader reader, FileOutcomes outcomes, FileStage stage, RunProgress progress,
                      String period, int fileOrd, Path path, String name) {
        this.reader = reader;
        this.outcomes = outcomes;
        this.stage = stage;
        this.progress = progress;
        this.period = period;
        this.fileOrd = fileOrd;
        this.file = new SubmissionFile(path, name);
    }

    /** Drops what an earlier attempt at this file staged. */
    public void start() {
        outcomes.clearFile(period, fileOrd);
        stage.open();
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
            stage.reject(submission.rejection().get());
            outcomes.write(period, fileOrd, file.name(), true, 0, 0, 0);
        } else {
            stage.complete(submission.sheetProblems());
            outcomes.write(period, fileOrd, file.name(), false, read, accepted, exempt);
        }
        progress.fileDone();
        close();
    }

    @Override
    public void close() {
        if (submission != null) {
            submission.close();
        }
        stage.close();
    }
}
