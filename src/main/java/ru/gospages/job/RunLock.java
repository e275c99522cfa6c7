package ru.gospages.job;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run lock of a period, held by this process: a daemon thread renews its heartbeat until
 * {@link #close()} removes it. If the process is killed, the row stays and its heartbeat ages.
 */
public final class RunLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    private final RunLocks locks;
    private final String period;
    private final RunOwner owner;
    private final Optional<RunLockHolder> takenOver;
    private final ScheduledExecutorService beating;

    RunLock(RunLocks locks, String period, RunOwner owner, Duration heartbeat, Optional<RunLockHolder> takenOver) {
        this.locks = locks;
        this.period = period;
        this.owner = owner;
        this.takenOver = takenOver;
        this.beating = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "heartbeat-" + period);
            thread.setDaemon(true);
            return thread;
        });
        long millis = heartbeat.toMillis();
        beating.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** The dead run whose lock this one replaced, if any. */
    public Optional<RunLockHolder> takenOver() {
        return takenOver;
    }

    private void beat() {
        try {
            if (!locks.beat(period, owner)) {
                log.warn("The run lock of {} is no longer held by this process: another run took it over", period);
            }
        } catch (RuntimeException e) {
            // a database hiccup must not stop the run; a missed beat only ages the heartbeat
            log.warn("Heartbeat of the run of {} failed: {}", period, e.getMessage());
        }
    }

    @Override
    public void close() {
        beating.shutdownNow();
        try {
            beating.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        locks.release(period, owner);
    }
}
