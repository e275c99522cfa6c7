package ru.gospages.job;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.registry.StagingRepository;
import ru.gospages.rules.Municipalities;

/** First step of a run: the reference list into the database, and the period cleared for a fresh computation. */
public class PrepareTasklet implements Tasklet {

    private final StagingRepository staging;
    private final Municipalities municipalities;
    private final String period;

    public PrepareTasklet(StagingRepository staging, Municipalities municipalities, String period) {
        this.staging = staging;
        this.municipalities = municipalities;
        this.period = period;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        staging.replaceMunicipalities(municipalities.all());
        staging.clearPeriod(period);
        return RepeatStatus.FINISHED;
    }
}
