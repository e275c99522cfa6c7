package ru.gospages.job;

import java.time.YearMonth;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.registry.CarryOver;
import ru.gospages.registry.RegistryStore;
import ru.gospages.registry.StageFolder;

/**
 * Across periods (SPEC 6.2): builds the period's registry from its listed pages, carrying over the
 * previous run's pages of organisations that submitted nothing accepted in this period (if reported
 * within the carry-over months), stores it under this job execution, and writes the changes against
 * the previous run. Without an earlier run there is nothing to carry or compare.
 */
public class CarryOverTasklet implements Tasklet {

    private final RegistryStore registry;
    private final StageFolder stage;
    private final YearMonth period;
    private final int carryOverMonths;

    public CarryOverTasklet(RegistryStore registry, StageFolder stage, YearMonth period, int carryOverMonths) {
        this.registry = registry;
        this.stage = stage;
        this.period = period;
        this.carryOverMonths = carryOverMonths;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String current = period.toString();
        long execution = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        try (RegistryStore.Writer writer = registry.replace(current, execution)) {
            CarryOver.apply(stage, registry.previousRun(current).map(registry::read),
                    period.minusMonths(carryOverMonths).toString(), writer::add);
        }
        return RepeatStatus.FINISHED;
    }
}
