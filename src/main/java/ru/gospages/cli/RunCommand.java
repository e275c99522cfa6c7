package ru.gospages.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationContext;
import ru.gospages.intake.SubmissionFiles;
import ru.gospages.job.MonthlyJobConfiguration;
import ru.gospages.job.RunProgress;
import ru.gospages.rules.Messages;

/**
 * {@code run}: the monthly job for one period. Identifying job parameters are the period, the input
 * fingerprint and a run number: a failed run of the same input is restarted where it stopped; a
 * completed one is run again as a new instance, replacing the period's results.
 */
public final class RunCommand {

    private final ApplicationContext context;
    private final PrintStream out;

    public RunCommand(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    public int run(RunOptions options) {
        JobRepository repository = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        Job job = context.getBean(MonthlyJobConfiguration.JOB_NAME, Job.class);
        String period = options.period().toString();
        Optional<JobExecution> running = repository.findRunningJobExecutions(MonthlyJobConfiguration.JOB_NAME).stream()
                .filter(e -> period.equals(e.getJobParameters().getString("period")))
                .findFirst();
        if (running.isPresent()) {
            out.println(Messages.text("run.busy", period, running.get().getId(), running.get().getStartTime()));
            return ExitCode.BUSY;
        }
        String fingerprint = InputFingerprint.of(options.input());
        RunProgress progress = context.getBean(RunProgress.class);
        progress.reset();
        out.println(Messages.text("run.started", period, options.input()));
        ProgressPrinter printer = new ProgressPrinter(progress, SubmissionFiles.list(options.input()).size(), out);
        printer.start();
        JobExecution execution;
        try {
            execution = launch(repository, operator, job, options, fingerprint);
        } catch (Exception e) {
            out.println(Messages.text("run.failed", period, Cli.rootMessage(e)));
            return ExitCode.FAILED;
        } finally {
            printer.stop();
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = execution.getAllFailureExceptions().stream().findFirst()
                    .map(Cli::rootMessage).orElse(execution.getExitStatus().getExitDescription());
            out.println(Messages.text("run.failed", period, reason));
            return ExitCode.FAILED;
        }
        new RunReport(out).print(execution, options);
        return ExitCode.OK;
    }

    private JobExecution launch(JobRepository repository, JobOperator operator, Job job, RunOptions options,
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
            if (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED) {
                out.println(Messages.text("run.restart", last.getId(), options.period()));
                return operator.restart(last);
            }
        }
    }

    /** Prints files and rows done every few seconds while the job runs. */
    private static final class ProgressPrinter {
        private final RunProgress progress;
        private final int files;
        private final PrintStream out;
        private final Thread thread;
        private volatile boolean running = true;

        ProgressPrinter(RunProgress progress, int files, PrintStream out) {
            this.progress = progress;
            this.files = files;
            this.out = out;
            this.thread = new Thread(this::loop, "progress");
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        private void loop() {
            LocalDateTime started = LocalDateTime.now();
            long lastRows = -1;
            while (running) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    return;
                }
                long rows = progress.rows();
                if (rows != lastRows && running) {
                    long seconds = Math.max(1, Duration.between(started, LocalDateTime.now()).toSeconds());
                    out.println(Messages.text("run.progress", LocalDateTime.now().toLocalTime().withNano(0),
                            progress.files(), files, rows, rows / seconds));
                    lastRows = rows;
                }
            }
        }
    }
}
