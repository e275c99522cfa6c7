package ru.gospages.cli;

import java.io.PrintStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationContext;
import ru.gospages.job.MonthlyJobConfiguration;
import ru.gospages.publish.portal.PublishRecords;
import ru.gospages.registry.RegistryStore;

/**
 * {@code history [--period=YYYY-MM] [--limit=N]}: the runs of the monthly job, newest first, from
 * the job repository, with the figures each run published; the registry tables tell which run's
 * results each period holds now. Then the publishes of the open-data tree, newest first, if any.
 */
public final class HistoryCommand {

    static final int DEFAULT_LIMIT = 20;
    private static final int PAGE = 50;

    private final ApplicationContext context;
    private final PrintStream out;

    public HistoryCommand(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    public int run(Optional<YearMonth> period, int limit) {
        Map<String, Long> current = context.getBean(RegistryStore.class).completedRuns();
        new HistoryReport(out).print(runs(period.map(YearMonth::toString), limit), current);
        new PublishHistoryReport(out).print(context.getBean(PublishRecords.class).latest(period, limit));
        return ExitCode.OK;
    }

    /** The newest {@code limit} executions (of one period, if given), newest first. */
    private List<PastRun> runs(Optional<String> period, int limit) {
        JobRepository repository = context.getBean(JobRepository.class);
        List<PastRun> runs = new ArrayList<>();
        // instances come newest first; a period's executions are all under its few instances
        for (int start = 0; runs.size() < limit; start += PAGE) {
            List<JobInstance> instances = repository.getJobInstances(MonthlyJobConfiguration.JOB_NAME, start, PAGE);
            for (JobInstance instance : instances) {
                for (JobExecution execution : repository.getJobExecutions(instance)) {
                    if (period.isEmpty() || period.get().equals(execution.getJobParameters().getString("period"))) {
                        runs.add(PastRun.of(execution));
                    }
                }
            }
            if (instances.size() < PAGE) {
                break;
            }
        }
        return runs.stream().sorted(Comparator.comparingLong(PastRun::id).reversed()).limit(limit).toList();
    }
}
