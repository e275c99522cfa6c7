package ru.gospages.web.month;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.gospages.job.RunProgress;
import ru.gospages.problems.Messages;

/**
 * Runs the month in the background, one run at a time in this process (the run lock keeps other
 * processes out): the page starts it and comes back for its progress and its report; the schedule
 * of {@code serve} starts it too and waits.
 */
public class MonthRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MonthRunner.class);

    private final MonthRun run;
    private final RunProgress progress;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "month-run"));
    private volatile Current current;

    public MonthRunner(MonthRun run, RunProgress progress) {
        this.run = run;
        this.progress = progress;
    }

    /** Starts a run unless one is in progress; empty when one is. */
    public synchronized Optional<Future<Integer>> start(YearMonth period, String account) {
        if (current != null && current.ended == null) {
            return Optional.empty();
        }
        Current started = new Current(period.toString(), account, Instant.now());
        current = started;
        LOG.info("run of {} started by {}", period, account);
        return Optional.of(thread.submit(() -> started.finish(runSafely(period, started.out))));
    }

    /** A run that throws is a failed run (exit 1) with its reason printed, never a run that seems to go on. */
    private int runSafely(YearMonth period, PrintStream out) {
        try {
            return run.run(period, out);
        } catch (RuntimeException e) {
            LOG.error("run of {} failed", period, e);
            out.println(Messages.text("run.failed", period, e.getMessage()));
            return 1;
        }
    }

    /** For the schedule: runs and waits; 3 when a run is already in progress. */
    public int runAndWait(YearMonth period) {
        Optional<Future<Integer>> started = start(period, "schedule");
        if (started.isEmpty()) {
            return 3;
        }
        try {
            return started.get().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (java.util.concurrent.ExecutionException e) {
            return 1;
        }
    }

    /** The run in progress or the last one. */
    public Optional<RunState> state() {
        Current c = current;
        if (c == null) {
            return Optional.empty();
        }
        boolean running = c.ended == null;
        return Optional.of(new RunState(c.period, c.account, c.started, c.ended, running, c.exitCode,
                c.report(), running ? progress.files() : c.files, running ? progress.rows() : c.rows));
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private final class Current {
        final String period;
        final String account;
        final Instant started;
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        volatile Instant ended;
        volatile int exitCode = -1;
        volatile long files;
        volatile long rows;

        Current(String period, String account, Instant started) {
            this.period = period;
            this.account = account;
            this.started = started;
        }

        int finish(int code) {
            files = progress.files();
            rows = progress.rows();
            exitCode = code;
            ended = Instant.now();
            LOG.info("run of {} ended with exit code {}", period, code);
            return code;
        }

        String report() {
            synchronized (out) {
                return printed.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
