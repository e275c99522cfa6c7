package ru.gospages.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import ru.gospages.job.MonthlyRuns;
import ru.gospages.job.RunListener;
import ru.gospages.job.RunLockHolder;
import ru.gospages.job.RunOutcome;
import ru.gospages.job.RunProgress;
import ru.gospages.job.RunRequest;
import ru.gospages.problems.Messages;
import ru.gospages.publish.portal.Publisher;
import ru.gospages.publish.summary.RussianText;

/**
 * {@code run}: the monthly job for one period, through {@link MonthlyRuns}; prints what happens on
 * the way (runs a killed process left behind, restarts, progress) and the short summary, and turns
 * the outcome into the exit code (3 when a run of the period holds its lock).
 */
public final class RunCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    // LocalTime.toString would drop the seconds at :00
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final MonthlyRuns runs;
    private final Publisher publisher;
    private final PrintStream out;

    public RunCommand(MonthlyRuns runs, Publisher publisher, PrintStream out) {
        this.runs = runs;
        this.publisher = publisher;
        this.out = out;
    }

    public int run(RunOptions options) {
        RunOutcome outcome = runs.run(new RunRequest(options.period(), options.input(), options.output()), new Printer(out));
        if (outcome instanceof RunOutcome.Completed completed) {
            new RunReport(out).print(completed.result());
            // gospages.publish.after-run: a failed publish is reported and recorded, the run stays completed
            publisher.afterRun(options.period(), options.output(), out::println);
            return ExitCode.OK;
        }
        if (outcome instanceof RunOutcome.Busy busy) {
            RunLockHolder holder = busy.holder();
            out.println(Messages.text("run.busy.process", options.period(), holder.owner().pid(), holder.owner().host(),
                    holder.startedAt().format(TIME), holder.sinceHeartbeat().toSeconds()));
            return ExitCode.BUSY;
        }
        out.println(Messages.text("run.failed", options.period(), ((RunOutcome.Failed) outcome).reason()));
        return ExitCode.FAILED;
    }

    /** Prints what happens along a run, one Russian line each. */
    static final class Printer implements RunListener {

        private final PrintStream out;

        Printer(PrintStream out) {
            this.out = out;
        }

        @Override
        public void interrupted(long executionId, YearMonth period, Optional<LocalDateTime> started, String reason) {
            out.println(Messages.text("run.interrupted", executionId, period,
                    started.map(time -> time.withNano(0).format(TIME)).orElse("—"), reason));
        }

        @Override
        public void started(YearMonth period, Path input) {
            out.println(Messages.text("run.started", period, input));
        }

        @Override
        public void restarting(long executionId, YearMonth period) {
            out.println(Messages.text("run.restart", executionId, period));
        }

        @Override
        public void abandoned(long executionId, YearMonth period) {
            out.println(Messages.text("run.restart.noWork", executionId, period));
        }

        @Override
        public void progress(RunProgress.Snapshot progress) {
            out.println(Messages.text("run.progress", LocalTime.now().format(CLOCK), RussianText.number(progress.files()),
                    RussianText.number(progress.ofFiles()), RussianText.number(progress.rows()),
                    RussianText.number(progress.rowsPerSecond())));
        }
    }
}
