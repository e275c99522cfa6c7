package ru.gospages.job;

import java.time.YearMonth;
import java.util.Optional;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.registry.RegistryRepository;

/**
 * Across periods (SPEC 6.2): carries over the previous run's pages of organisations that submitted
 * nothing accepted in this period (if reported within the carry-over months), and records the
 * changes against the previous run. Without an earlier run there is nothing to carry or compare.
 */
public class CarryOverTasklet implements Tasklet {

    private final RegistryRepository registry;
    private final YearMonth period;
    private final int carryOverMonths;

    public CarryOverTasklet(RegistryRepository registry, YearMonth period, int carryOverMonths) {
        this.registry = registry;
        this.period = period;
        this.carryOverMonths = carryOverMonths;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String current = period.toString();
        Optional<String> previous = registry.previousRun(current);
        if (previous.isPresent()) {
            registry.carryOver(current, previous.get(), period.minusMonths(carryOverMonths).toString());
            registry.recordChanges(current, previous.get());
        }
        return RepeatStatus.FINISHED;
    }
}
