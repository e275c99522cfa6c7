package ru.gospages.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import ru.gospages.rules.CheckedRow;

/** Appends a chunk of checked rows of one file to its stage in the run's work folder. */
public class StagingWriter implements ItemWriter<CheckedRow> {

    private final FileStage stage;

    public StagingWriter(FileStage stage) {
        this.stage = stage;
    }

    @Override
    public void write(Chunk<? extends CheckedRow> chunk) {
        stage.write(chunk.getItems());
    }
}
