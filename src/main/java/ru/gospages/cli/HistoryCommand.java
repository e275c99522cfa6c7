package ru.gospages.cli;

import java.io.PrintStream;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationContext;
import ru.gospages.job.PastRuns;
import ru.gospages.publish.portal.PublishRecords;
import ru.gospages.registry.RegistryStore;

/**
 * {@code history [--period=YYYY-MM] [--limit=N]}: the runs of the monthly job, newest first, from
 * the job repository ({@link PastRuns}), with the figures each run published; the registry tables
 * tell which run's results each period holds now. Then the publishes of the open-data tree, newest first, if any.
 */
public final class HistoryCommand {

    static final int DEFAULT_LIMIT = 20;

    private final ApplicationContext context;
    private final PrintStream out;

    public HistoryCommand(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    public int run(Optional<YearMonth> period, int limit) {
        Map<String, Long> current = context.getBean(RegistryStore.class).completedRuns();
        new HistoryReport(out).print(new PastRuns(context.getBean(JobRepository.class)).latest(period, limit), current);
        new PublishHistoryReport(out).print(context.getBean(PublishRecords.class).latest(period, limit));
        return ExitCode.OK;
    }
}
