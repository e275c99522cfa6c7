package ru.gospages.job;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The past runs of the monthly job, read from the job repository: what {@code history} prints and
 * the operators' history page lists.
 */
public class PastRuns {

    private static final int PAGE = 50;

    private final JobRepository repository;

    public PastRuns(JobRepository repository) {
        this.repository = repository;
    }

    /** The newest {@code limit} executions (of one period, if given), newest first. */
    public List<PastRun> latest(Optional<YearMonth> period, int limit) {
        Optional<String> wanted = period.map(YearMonth::toString);
        List<PastRun> runs = new ArrayList<>();
        // instances come newest first; a period's executions are all under its few instances
        for (int start = 0; runs.size() < limit; start += PAGE) {
            List<JobInstance> instances = repository.getJobInstances(MonthlyJobConfiguration.JOB_NAME, start, PAGE);
            for (JobInstance instance : instances) {
                for (JobExecution execution : repository.getJobExecutions(instance)) {
                    if (wanted.isEmpty() || wanted.get().equals(execution.getJobParameters().getString("period"))) {
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
