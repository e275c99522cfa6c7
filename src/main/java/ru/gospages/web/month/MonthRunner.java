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
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.gospages.accounts.AuditEntry;
import ru.gospages.accounts.AuditLog;
import ru.gospages.job.RunProgress;
import ru.gospages.problems.Messages;

/**
 * Runs the month in the background, one run at a time in this process (the run lock keeps other
 * processes out): the page starts it and comes back for its progress and its report; the schedule
 * of {@code serve} starts it too and waits. Every start and every end goes to the audit trail, the
 * end with its result. Publishing reads the tree a run rewrites, so it holds the runner too
 * ({@link #exclusively}): no run starts while a publish is going, no publish while a run is.
 */
public class MonthRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MonthRunner.class);

    private final MonthRun run;
    private final RunProgress progress;
    private final AuditLog audit;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "month-run"));
    private volatile Current current;
    private boolean held;

    public MonthRunner(MonthRun run, RunProgress progress, AuditLog audit) {
        this.run = run;
        this.progress = progress;
        this.audit = audit;
    }

    /** Starts a run unless one is in progress or a publish holds the runner; empty then. */
    public synchronized Optional<Future<Integer>> start(YearMonth period, String account) {
        if (busy()) {
            return Optional.empty();
        }
        // audited first: a failing audit then starts nothing rather than leaving a run that never ends
        audit.record(account, AuditEntry.Action.RUN, period.toString(), "", "", "started");
        Current started = new Current(period.toString(), account, Instant.now());
        current = started;
        LOG.info("run of {} started by {}", period, account);
        return Optional.of(thread.submit(() -> started.finish(runSafely(period, started.out))));
    }

    /**
     * Does {@code work} (a publish) in the calling thread unless a run is going or other work holds
     * the runner; empty then. No run starts until it is done.
     */
    public <T> Optional<T> exclusively(Supplier<T> work) {
        synchronized (this) {
            if (busy()) {
                return Optional.empty();
            }
            held = true;
        }
        try {
            return Optional.of(work.get());
        } finally {
            synchronized (this) {
                held = false;
            }
        }
    }

    private boolean busy() {
        return held || current != null && current.ended == null;
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
            try {
                audit.record(account, AuditEntry.Action.RUN_END, period, "", "", result(code));
            } catch (RuntimeException e) {
                LOG.error("end of the run of {} not audited", period, e);
            }
            ended = Instant.now();
            LOG.info("run of {} ended with exit code {}", period, code);
            return code;
        }

        /** «completed», or «busy: …» / «failed: …» with the report's last line, which says why. */
        private String result(int code) {
            if (code == 0) {
                return "completed";
            }
            String reason = report().lines().filter(line -> !line.isBlank()).reduce((a, b) -> b).orElse("").trim();
            return (code == 3 ? "busy: " : "failed: ") + reason;
        }

        String report() {
            synchronized (out) {
                return printed.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
