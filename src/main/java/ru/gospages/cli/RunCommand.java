package ru.gospages.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationContext;
import ru.gospages.intake.SubmissionFiles;
import ru.gospages.job.Checkpoints;
import ru.gospages.job.InterruptedRuns;
import ru.gospages.job.MonthlyJobConfiguration;
import ru.gospages.job.RunBusyException;
import ru.gospages.job.RunLock;
import ru.gospages.job.RunLockHolder;
import ru.gospages.job.RunLocks;
import ru.gospages.job.RunProgress;
import ru.gospages.publish.portal.Publisher;
import ru.gospages.registry.StageFolder;
import ru.gospages.rules.Messages;

/**
 * {@code run}: the monthly job for one period. Identifying job parameters are the period, the input
 * fingerprint and a run number: a failed run of the same input is restarted where it stopped; a
 * completed one is run again as a new instance, replacing the period's results. The period's run
 * lock keeps a second run of it out (exit 3); a run a killed process left behind is marked failed
 * first, and then restarted like any failed run.
 */
public final class RunCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ApplicationContext context;
    private final PrintStream out;

    public RunCommand(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    public int run(RunOptions options) {
        String period = options.period().toString();
        RunLock lock;
        try {
            lock = context.getBean(RunLocks.class).acquire(period);
        } catch (RunBusyException e) {
            RunLockHolder holder = e.holder();
            out.println(Messages.text("run.busy.process", period, holder.owner().pid(), holder.owner().host(),
                    holder.startedAt().format(TIME), holder.sinceHeartbeat().toSeconds()));
            return ExitCode.BUSY;
        }
        try (lock) {
            recoverInterrupted(period, lock);
            return launch(options, period);
        }
    }

    /** Marks runs of the period that a killed process left "running" as failed, saying so. */
    private void recoverInterrupted(String period, RunLock lock) {
        String reason = lock.takenOver()
                .map(dead -> Messages.text("run.interrupted.process", dead.owner().pid(), dead.owner().host(),
                        dead.sinceHeartbeat().toSeconds()))
                .orElse(Messages.text("run.interrupted.unknown"));
        for (JobExecution execution : context.getBean(InterruptedRuns.class).recover(period, reason)) {
            out.println(Messages.text("run.interrupted", execution.getId(), period,
                    execution.getStartTime() == null ? "—" : execution.getStartTime().withNano(0).format(TIME), reason));
        }
    }

    private int launch(RunOptions options, String period) {
        JobRepository repository = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        Job job = context.getBean(MonthlyJobConfiguration.JOB_NAME, Job.class);
        String fingerprint = InputFingerprint.of(options.input());
        RunProgress progress = context.getBean(RunProgress.class);
        progress.reset();
        out.println(Messages.text("run.started", period, options.input()));
        Duration interval = Duration.ofMillis(Math.round(1000 * context.getEnvironment()
                .getProperty("gospages.run.progress-seconds", Double.class, 3.0)));
        Checkpoints checkpoints = context.getBean(Checkpoints.class);
        checkpoints.onlyWhenTold();
        JobExecution execution;
        try (ProgressPrinter printer = new ProgressPrinter(progress, SubmissionFiles.list(options.input()).size(), out, interval).start()) {
            execution = start(repository, operator, job, options, fingerprint);
        } catch (Exception e) {
            out.println(Messages.text("run.failed", period, Cli.rootMessage(e)));
            return ExitCode.FAILED;
        } finally {
            checkpoints.checkpoint();
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = execution.getAllFailureExceptions().stream().findFirst()
                    .map(Cli::rootMessage).orElse(execution.getExitStatus().getExitDescription());
            out.println(Messages.text("run.failed", period, reason));
            return ExitCode.FAILED;
        }
        new RunReport(out).print(execution, options);
        // gospages.publish.after-run: a failed publish is reported and recorded, the run stays completed
        context.getBean(Publisher.class).afterRun(options.period(), options.output(), out::println);
        return ExitCode.OK;
    }

    private JobExecution start(JobRepository repository, JobOperator operator, Job job, RunOptions options,
                               String fingerprint) throws Exception {
        for (long runNo = 1; ; runNo++) {
            JobParameters parameters = new JobParametersBuilder()
                    .addString("period", options.period().toString())
                    .addString("input.fingerprint", fingerprint)
                    .addLong("run.no", runNo)
                    .addString("input", options.input().toAbsolutePath().normalize().toString(), false)
                    .addString("output", options.output().toAbsolutePath().normalize().toString(), false)
                    .toJobParameters();
            JobExecution last = repository.getLastJobExecution(MonthlyJobConfiguration.JOB_NAME, parameters);
            if (last == null) {
                return operator.start(job, parameters);
            }
            if ((last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)
                    && sameFolders(last.getJobParameters(), parameters)) {
                if (!staged(repository.getJobExecution(last.getId()))
                        || Files.isDirectory(new StageFolder(options.output(), options.period().toString()).path())) {
                    out.println(Messages.text("run.restart", last.getId(), options.period()));
                    return operator.restart(last);
                }
                // what it staged is gone (deleted, or another machine): nothing to go on from. Abandoned,
                // so no later run tries it again; this period is computed by a new run
                out.println(Messages.text("run.restart.noWork", last.getId(), options.period()));
                operator.abandon(last);
            }
        }
    }

    /** Whether the execution got as far as staging anything: its first step, which makes the work folder, completed. */
    private static boolean staged(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .anyMatch(step -> step.getStepName().equals("prepare") && step.getStatus() == BatchStatus.COMPLETED);
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
