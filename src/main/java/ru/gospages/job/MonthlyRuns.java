package ru.gospages.job;

import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import ru.gospages.intake.SubmissionFiles;
import ru.gospages.problems.Messages;
import ru.gospages.work.StageFolder;

/**
 * Runs the monthly job for one period, for whoever asks (the {@code run} command, the scheduler, a
 * web page): takes the period's run lock, marks runs a killed process left behind failed, then
 * starts the job, restarts a failed run where it stopped, or abandons one whose work folder is gone.
 * Identifying job parameters are the period, the input fingerprint and a run number: a failed run
 * of the same input and the same folders is restarted; a completed one is run again as a new
 * instance, replacing the period's results.
 */
public class MonthlyRuns {

    private final RunLocks locks;
    private final InterruptedRuns interrupted;
    private final JobRepository repository;
    private final JobOperator operator;
    private final Job job;
    private final RunProgress progress;
    private final RunTallies tallies;
    private final Checkpoints checkpoints;
    private final Duration progressInterval;

    public MonthlyRuns(RunLocks locks, InterruptedRuns interrupted, JobRepository repository, JobOperator operator, Job job,
                       RunProgress progress, RunTallies tallies, Checkpoints checkpoints, Duration progressInterval) {
        this.locks = locks;
        this.interrupted = interrupted;
        this.repository = repository;
        this.operator = operator;
        this.job = job;
        this.progress = progress;
        this.tallies = tallies;
        this.checkpoints = checkpoints;
        this.progressInterval = progressInterval;
    }

    /** Runs the period and says how it ended; what happens on the way reaches the listener. */
    public RunOutcome run(RunRequest request, RunListener listener) {
        String period = request.period().toString();
        RunLock lock;
        try {
            lock = locks.acquire(period);
        } catch (RunBusyException e) {
            return new RunOutcome.Busy(e.holder());
        }
        try (lock) {
            recoverInterrupted(request.period(), lock, listener);
            return launch(request, listener);
        }
    }

    /** Marks runs of the period that a killed process left "running" as failed, saying so. */
    private void recoverInterrupted(YearMonth period, RunLock lock, RunListener listener) {
        String reason = lock.takenOver()
                .map(dead -> Messages.text("run.interrupted.process", dead.owner().pid(), dead.owner().host(),
                        dead.sinceHeartbeat().toSeconds()))
                .orElse(Messages.text("run.interrupted.unknown"));
        for (JobExecution execution : interrupted.recover(period.toString(), reason)) {
            listener.interrupted(execution.getId(), period, Optional.ofNullable(execution.getStartTime()), reason);
        }
    }

    private RunOutcome launch(RunRequest request, RunListener listener) {
        String fingerprint = InputFingerprint.of(request.input());
        progress.reset();
        listener.started(request.period(), request.input());
        checkpoints.onlyWhenTold();
        JobExecution execution;
        try (ProgressTicker ticker = new ProgressTicker(progress, SubmissionFiles.list(request.input()).size(), listener,
                progressInterval).start()) {
            execution = start(request, fingerprint, listener);
        } catch (Exception e) {
            return new RunOutcome.Failed(FailureReason.of(e));
        } finally {
            checkpoints.checkpoint();
        }
        Optional<RunTally> tally = tallies.remove(execution.getId());
        tally.ifPresent(RunTally::settle);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return new RunOutcome.Failed(execution.getAllFailureExceptions().stream().findFirst()
                    .map(FailureReason::of).orElse(execution.getExitStatus().getExitDescription()));
        }
        return new RunOutcome.Completed(new RunResult(execution.getId(),
                tally.flatMap(RunTally::summary).orElseThrow(() -> new IllegalStateException(
                        "Execution " + execution.getId() + " completed without a summary")),
                request.output().resolve(period(request)), request.output().resolve("opendata")));
    }

    private JobExecution start(RunRequest request, String fingerprint, RunListener listener) throws Exception {
        for (long runNo = 1; ; runNo++) {
            JobParameters parameters = new JobParametersBuilder()
                    .addString("period", period(request))
                    .addString("input.fingerprint", fingerprint)
                    .addLong("run.no", runNo)
                    .addString("input", request.input().toAbsolutePath().normalize().toString(), false)
                    .addString("output", request.output().toAbsolutePath().normalize().toString(), false)
                    .toJobParameters();
            JobExecution last = repository.getLastJobExecution(MonthlyJobConfiguration.JOB_NAME, parameters);
            if (last == null) {
                return operator.start(job, parameters);
            }
            if ((last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)
                    && sameFolders(last.getJobParameters(), parameters)) {
                if (!staged(repository.getJobExecution(last.getId()))
                        || Files.isDirectory(new StageFolder(request.output(), period(request)).path())) {
                    listener.restarting(last.getId(), request.period());
                    return operator.restart(last);
                }
                // what it staged is gone (deleted, or another machine): nothing to go on from. Abandoned,
                // so no later run tries it again; this period is computed by a new run
                listener.abandoned(last.getId(), request.period());
                operator.abandon(last);
            }
        }
    }

    private static String period(RunRequest request) {
        return request.period().toString();
    }

    /** Whether the execution got as far as staging anything: its first step, which makes the work folder, completed. */
    private static boolean staged(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .anyMatch(step -> step.getStepName().equals(MonthlyJobConfiguration.PREPARE) && step.getStatus() == BatchStatus.COMPLETED);
    }

    /**
     * A restart reads and writes where the failed run did and goes on from what it staged in its
     * work folder under the output folder: with other folders it is a new run instead.
     */
    private static boolean sameFolders(JobParameters failed, JobParameters now) {
        return Objects.equals(failed.getString("input"), now.getString("input"))
                && Objects.equals(failed.getString("output"), now.getString("output"));
    }
}
