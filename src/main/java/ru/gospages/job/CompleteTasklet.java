package ru.gospages.job;

import java.time.Instant;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.registry.LastReports;
import ru.gospages.registry.RegistryStore;
import ru.gospages.work.StageFolder;

/**
 * Last step: makes this run's registry the period's registry, so later periods carry over from it and
 * compare with it, and removes the run's work folder.
 */
public class CompleteTasklet implements Tasklet, StepExecutionListener {

    private final RegistryStore registry;
    private final StageFolder stage;
    private final String period;
    private final RunTallies tallies;
    private final LastReports lastReports;

    public CompleteTasklet(RegistryStore registry, LastReports lastReports, StageFolder stage, String period, RunTallies tallies) {
        this.lastReports = lastReports;
        this.registry = registry;
        this.stage = stage;
        this.period = period;
        this.tallies = tallies;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long duplicates = tallies.of(execution.getId()).duplicates();
        registry.completeRun(period, execution.getId(), duplicates, Instant.now());
        lastReports.keepOnly(period, execution.getId());
        return RepeatStatus.FINISHED;
    }

    /** The work folder goes once the registry switch is committed: until then a restart needs it. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            stage.delete();
        }
        return stepExecution.getExitStatus();
    }
}
