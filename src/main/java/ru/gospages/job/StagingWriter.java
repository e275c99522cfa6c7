package ru.gospages.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import ru.gospages.registry.StagingRepository;
import ru.gospages.rules.CheckedRow;

/** Writes a chunk of checked rows of one file to the staging tables, in JDBC batches. */
public class StagingWriter implements ItemWriter<CheckedRow> {

    private final StagingRepository staging;
    private final String period;
    private final int fileOrd;

    public StagingWriter(StagingRepository staging, String period, int fileOrd) {
        this.staging = staging;
        this.period = period;
        this.fileOrd = fileOrd;
    }

    @Override
    public void write(Chunk<? extends CheckedRow> chunk) {
        staging.write(period, fileOrd, chunk.getItems());
    }
}
