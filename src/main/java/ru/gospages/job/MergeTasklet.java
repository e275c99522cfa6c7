package ru.gospages.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.profile.JobProfile;
import ru.gospages.registry.FileOutcomes;
import ru.gospages.registry.PublicationOrder;
import ru.gospages.registry.RegistryMerge;
import ru.gospages.rules.Municipalities;
import ru.gospages.work.StageFolder;

/**
 * Merges the period's staged rows into its listed pages (SPEC 6.1) and reports each later listing
 * of a page: R-DUPLICATE, and R-CONFLICT when its INN or municipality differs from the first.
 * The number of duplicates goes into the execution's {@link RunTally} for the summary.
 */
public class MergeTasklet implements Tasklet {

    private final FileOutcomes files;
    private final StageFolder stage;
    private final JobProfile profile;
    private final Municipalities municipalities;
    private final String period;
    private final RunTallies tallies;

    public MergeTasklet(FileOutcomes files, StageFolder stage, JobProfile profile, Municipalities municipalities, String period,
                        RunTallies tallies) {
        this.files = files;
        this.stage = stage;
        this.profile = profile;
        this.municipalities = municipalities;
        this.period = period;
        this.tallies = tallies;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RegistryMerge.Result result = new RegistryMerge(profile, new PublicationOrder(municipalities)).merge(period, files.files(period), stage);
        tallies.of(chunkContext.getStepContext().getStepExecution().getJobExecutionId()).merged(result.duplicates());
        return RepeatStatus.FINISHED;
    }
}
