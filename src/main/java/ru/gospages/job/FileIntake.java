package ru.gospages.job;

import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import ru.gospages.job.FilePartitioner.PartitionFile;
import ru.gospages.registry.FileOutcomes;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.RowChecks;

/**
 * Reads the submission files of one intake partition, one after the other: each file's checked
 * rows, then its end ({@link IntakeItem.FileEnd}), which the {@link StagingWriter} records. When
 * the partition opens it drops what an earlier, failed attempt at the same files staged and
 * recorded, so a restart reads them again from their first rows and never counts a row twice.
 */
public class FileIntake implements ItemStreamReader<IntakeItem> {

    private final RowChecks checks;
    private final FileOutcomes outcomes;
    private final FileStage stage;
    private final RunProgress progress;
    private final String period;
    private final List<PartitionFile> files;

    private int next;
    private RowChecks.Checked submission;
    private long read;
    private long accepted;
    private long exempt;

    public FileIntake(RowChecks checks, FileOutcomes outcomes, FileStage stage, RunProgress progress,
                      String period, List<PartitionFile> files) {
        this.checks = checks;
        this.outcomes = outcomes;
        this.stage = stage;
        this.progress = progress;
        this.period = period;
        this.files = List.copyOf(files);
    }

    /** Drops what an earlier attempt at these files staged; files are opened one at a time as reading reaches them. */
    @Override
    public void open(ExecutionContext executionContext) {
        files.forEach(file -> outcomes.clearFile(period, file.ord()));
        stage.open();
    }

    @Override
    public IntakeItem read() {
        if (next >= files.size()) {
            return null;
        }
        PartitionFile file = files.get(next);
        if (submission == null) {
            submission = checks.open(file.file());
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
            return new IntakeItem.Row(row);
        }
        IntakeItem.FileEnd end = new IntakeItem.FileEnd(file, submission.rejection().orElse(null),
                submission.sheetProblems(), read, accepted, exempt);
        submission.close();
        submission = null;
        next++;
        progress.fileDone();
        return end;
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
