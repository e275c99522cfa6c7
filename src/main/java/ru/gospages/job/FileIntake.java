package ru.gospages.job;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import ru.gospages.intake.Submission;
import ru.gospages.intake.SubmissionReader;
import ru.gospages.job.FilePartitioner.PartitionFile;
import ru.gospages.registry.FileOutcomes;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.Problem;

/**
 * Reads the submission files of one intake partition, one after the other, as its items, and
 * records each file's outcome when the partition ends ({@link FileOutcomeListener} calls
 * {@link #start()} and {@link #finish()}): its row counts, or — for a file rejected as a whole, even
 * late — its one file problem, after dropping whatever rows of it were already staged. Before it
 * starts it drops what an earlier, failed attempt at the same files staged, so a restart never
 * counts a row twice.
 */
public class FileIntake implements ItemStreamReader<CheckedRow> {

    private final SubmissionReader reader;
    private final FileOutcomes outcomes;
    private final FileStage stage;
    private final RunProgress progress;
    private final String period;
    private final List<PartitionFile> files;
    private final List<Outcome> done = new ArrayList<>();

    private int next;
    private Submission submission;
    private long read;
    private long accepted;
    private long exempt;

    /** What reading one file came to; recorded once its rows are staged. */
    private record Outcome(PartitionFile file, Problem rejection, List<Problem> sheetProblems,
                           long read, long accepted, long exempt) {
    }

    public FileIntake(SubmissionReader reader, FileOutcomes outcomes, FileStage stage, RunProgress progress,
                      String period, List<PartitionFile> files) {
        this.reader = reader;
        this.outcomes = outcomes;
        this.stage = stage;
        this.progress = progress;
        this.period = period;
        this.files = List.copyOf(files);
    }

    /** Drops what an earlier attempt at these files staged. */
    public void start() {
        files.forEach(file -> outcomes.clearFile(period, file.ord()));
        stage.open();
    }

    @Override
    public void open(ExecutionContext executionContext) {
        // files are opened one at a time as reading reaches them
    }

    @Override
    public CheckedRow read() {
        while (next < files.size() || submission != null) {
            if (submission == null) {
                submission = reader.open(files.get(next).file());
                read = 0;
                accepted = 0;
                exempt = 0;
            }
            CheckedRow row = submission.next();
            if (row != null) {
                read += row.pageRows();
                accepted += row.accepted().size();
                exempt += row.pageRows() == 0 ? 1 : 0;
                progress.rows(row.pageRows() == 0 ? 1 : row.pageRows());
                return row;
            }
            done.add(new Outcome(files.get(next), submission.rejection().orElse(null), submission.sheetProblems(),
                    read, accepted, exempt));
            submission.close();
            submission = null;
            next++;
            progress.fileDone();
        }
        return null;
    }

    /** Records the outcome of every file once all their rows are staged. */
    public void finish() {
        for (Outcome outcome : done) {
            int ord = outcome.file().ord();
            String name = outcome.file().file().name();
            if (outcome.rejection() != null) {
                stage.reject(ord, outcome.rejection());
                outcomes.write(period, ord, name, true, 0, 0, 0);
            } else {
                stage.complete(ord, outcome.sheetProblems());
                outcomes.write(period, ord, name, false, outcome.read(), outcome.accepted(), outcome.exempt());
            }
        }
        close();
    }

    @Override
    public void close() {
        if (submission != null) {
            submission.close();
            submission = null;
        }
        stage.close();
    }
}
