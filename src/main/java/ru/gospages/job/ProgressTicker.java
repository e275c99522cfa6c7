package ru.gospages.job;

import java.time.Duration;

/**
 * Tells a {@link RunListener} how far a run has read — files done of all, rows done, rows per
 * second — every few seconds, and only when something moved (the steps after intake count no rows,
 * and an unchanged line every 3 s would only bury the summary).
 */
final class ProgressTicker implements AutoCloseable {

    private final RunProgress progress;
    private final int files;
    private final RunListener listener;
    private final Duration interval;
    private final Thread thread;
    private volatile boolean running = true;

    ProgressTicker(RunProgress progress, int files, RunListener listener, Duration interval) {
        this.progress = progress;
        this.files = files;
        this.listener = listener;
        this.interval = interval;
        this.thread = new Thread(this::loop, "progress");
        this.thread.setDaemon(true);
    }

    ProgressTicker start() {
        thread.start();
        return this;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    private void loop() {
        long started = System.nanoTime();
        long lastRows = -1;
        long lastFiles = -1;
        while (running) {
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            long rows = progress.rows();
            long done = progress.files();
            if ((rows != lastRows || done != lastFiles) && running) {
                double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
                listener.progress(new RunProgress.Snapshot(done, files, rows, Math.round(rows / seconds)));
                lastRows = rows;
                lastFiles = done;
            }
        }
    }
}
