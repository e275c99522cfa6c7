package ru.gospages.job;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.profile.JobProfile;
import ru.gospages.registry.RegistryRepository;
import ru.gospages.registry.StagingRepository;
import ru.gospages.registry.Duplicates;

/**
 * Merges the period's staged page rows into its registry (SPEC 6.1) and reports each later listing
 * of a page: R-DUPLICATE, and R-CONFLICT when its INN or municipality differs from the first.
 * The number of duplicates goes into the job's execution context for the summary.
 */
public class MergeTasklet implements Tasklet {

    static final String DUPLICATES = "duplicates";
    private static final int BATCH = 1000;

    private final RegistryRepository registry;
    private final StagingRepository staging;
    private final JobProfile profile;
    private final String period;

    public MergeTasklet(RegistryRepository registry, StagingRepository staging, JobProfile profile, String period) {
        this.registry = registry;
        this.staging = staging;
        this.profile = profile;
        this.period = period;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        staging.clearMergeProblems(period);
        long[] duplicates = {0};
        List<RegistryRepository.Duplicate> pending = new ArrayList<>();
        registry.merge(period, duplicate -> {
            duplicates[0]++;
            pending.add(duplicate);
            if (pending.size() >= BATCH) {
                flush(pending);
            }
        });
        flush(pending);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putLong(DUPLICATES, duplicates[0]);
        return RepeatStatus.FINISHED;
    }

    private void flush(List<RegistryRepository.Duplicate> duplicates) {
        for (RegistryRepository.Duplicate d : duplicates) {
            Duplicates.Listing later = new Duplicates.Listing(d.file(), d.sheet(), d.row(), d.column(), d.writtenUrl(), d.inn(), d.oktmo());
            Duplicates.Listing first = new Duplicates.Listing(d.firstFile(), d.firstSheet(), d.firstRow(), "", "", d.firstInn(), d.firstOktmo());
            staging.writeMergeProblems(period, d.fileOrd(), d.ord(), Duplicates.problems(profile, later, first));
        }
        duplicates.clear();
    }
}
