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
import ru.gospages.rules.Messages;
import ru.gospages.rules.Problem;
import ru.gospages.rules.ProblemCode;

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
        registry.merge(period);
        long[] duplicates = {0};
        List<RegistryRepository.Duplicate> pending = new ArrayList<>();
        registry.duplicates(period, duplicate -> {
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
            String first = Messages.text("duplicate.place", d.firstFile(), d.firstSheet(), d.firstRow());
            List<Problem> problems = new ArrayList<>(2);
            problems.add(new Problem(d.file(), d.sheet(), d.row(), d.column(), d.writtenUrl(), ProblemCode.R_DUPLICATE,
                    profile.severity(ProblemCode.R_DUPLICATE), Messages.of(ProblemCode.R_DUPLICATE, null, d.pageUrl(), first)));
            if (d.conflicts()) {
                String detail = Messages.text("duplicate.conflict", first, d.firstInn(), d.firstOktmo(), d.inn(), d.oktmo());
                problems.add(new Problem(d.file(), d.sheet(), d.row(), d.column(), d.writtenUrl(), ProblemCode.R_CONFLICT,
                        profile.severity(ProblemCode.R_CONFLICT), Messages.of(ProblemCode.R_CONFLICT, null, d.pageUrl(), detail)));
            }
            staging.writeMergeProblems(period, d.fileOrd(), d.ord(), problems);
        }
        duplicates.clear();
    }
}
