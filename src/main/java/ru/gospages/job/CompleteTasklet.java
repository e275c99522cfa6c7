package ru.gospages.job;

import java.time.Instant;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.registry.RegistryRepository;

/** Last step: marks the period's registry complete, so later periods carry over from it and compare with it. */
public class CompleteTasklet implements Tasklet {

    private final RegistryRepository registry;
    private final String period;

    public CompleteTasklet(RegistryRepository registry, String period) {
        this.registry = registry;
        this.period = period;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long duplicates = execution.getExecutionContext().getLong(MergeTasklet.DUPLICATES, 0L);
        registry.completeRun(period, execution.getId(), duplicates, Instant.now());
        return RepeatStatus.FINISHED;
    }
}
