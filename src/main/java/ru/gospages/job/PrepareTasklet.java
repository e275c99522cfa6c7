package ru.gospages.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.registry.FileOutcomes;
import ru.gospages.work.StageFolder;

/** First step of a run: the period's file outcomes and work folder cleared for a fresh computation. */
public class PrepareTasklet implements Tasklet {

    private final FileOutcomes files;
    private final StageFolder stage;
    private final String period;

    public PrepareTasklet(FileOutcomes files, StageFolder stage, String period) {
        this.files = files;
        this.stage = stage;
        this.period = period;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        files.clearPeriod(period);
        stage.clear();
        return RepeatStatus.FINISHED;
    }
}
