package ru.gospages.job;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Executions of a period that a killed process left "running" in the job repository. Called only
 * while this process holds the period's {@link RunLock}, when no live run of the period can exist:
 * each such execution is marked failed ({@link JobOperator#recover}), so that the next run can
 * restart it where it stopped instead of being refused forever.
 */
public class InterruptedRuns {

    /** The exit code of an execution marked failed here, which {@code history} shows as «прерван». */
    public static final String EXIT_CODE = "INTERRUPTED";

    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

    private final JobRepository repository;
    private final JobOperator operator;

    public InterruptedRuns(JobRepository repository, JobOperator operator) {
        this.repository = repository;
        this.operator = operator;
    }

    /** Marks every interrupted execution of the period failed, with the reason; returns them, oldest first. */
    public List<JobExecution> recover(String period, String reason) {
        List<JobExecution> interrupted = repository.findRunningJobExecutions(MonthlyJobConfiguration.JOB_NAME).stream()
                .filter(execution -> period.equals(execution.getJobParameters().getString("period")))
                .sorted(Comparator.comparingLong(JobExecution::getId))
                // with its step executions, which recover() fails as well: a partition left STARTED would block the restart
                .map(execution -> repository.getJobExecution(execution.getId()))
                .toList();
        for (JobExecution execution : interrupted) {
            log.warn("Execution {} of {} was left running by a process that is gone ({}): marking it failed",
                    execution.getId(), period, reason);
            execution.setExitStatus(new ExitStatus(EXIT_CODE, reason));
            operator.recover(execution);
        }
        return interrupted;
    }
}
