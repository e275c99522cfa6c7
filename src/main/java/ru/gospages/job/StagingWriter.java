package ru.gospages.job;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import ru.gospages.registry.FileOutcomes;
import ru.gospages.rules.CheckedRow;

/**
 * Writes a chunk of an intake partition: rows are appended to their file's stage in the run's work
 * folder; the end of a file closes its stage with its problems and records its outcome
 * ({@code gp_file}). Both happen in the chunk, before the partition can be saved as complete:
 * Spring Batch 6 saves a step as COMPLETED before its afterStep listeners run, and a run killed in
 * between once left a completed partition whose files had no outcome, so the restart skipped them.
 */
public class StagingWriter implements ItemWriter<IntakeItem> {

    private final FileStage stage;
    private final FileOutcomes outcomes;
    private final String period;

    public StagingWriter(FileStage stage, FileOutcomes outcomes, String period) {
        this.stage = stage;
        this.outcomes = outcomes;
        this.period = period;
    }

    @Override
    public void write(Chunk<? extends IntakeItem> chunk) {
        List<CheckedRow> rows = new ArrayList<>(chunk.size());
        for (IntakeItem item : chunk) {
            if (item instanceof IntakeItem.Row row) {
                rows.add(row.row());
            } else if (item instanceof IntakeItem.FileEnd end) {
                stageRows(rows);
                record(end);
            }
        }
        stageRows(rows);
    }

    private void stageRows(List<CheckedRow> rows) {
        if (!rows.isEmpty()) {
            stage.write(rows);
            rows.clear();
        }
    }

    /** A file rejected as a whole keeps only its file problem; a file read to its end, its rows and sheet warnings. */
    private void record(IntakeItem.FileEnd end) {
        int ord = end.file().ord();
        String name = end.file().file().name();
        if (end.rejection() != null) {
            stage.reject(ord, end.rejection());
            outcomes.write(period, ord, name, true, 0, 0, 0);
        } else {
            stage.complete(ord, end.sheetProblems());
            outcomes.write(period, ord, name, false, end.read(), end.accepted(), end.exempt());
        }
    }
}
