package ru.gospages.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import ru.gospages.job.RunProgress;
import ru.gospages.publish.RussianText;
import ru.gospages.rules.Messages;

/**
 * Prints a progress line while a run reads its files — time, files done of all, rows done, rows
 * per second — every few seconds, and only when something moved (the steps after intake count no
 * rows, and an unchanged line every 3 s would only bury the summary).
 */
final class ProgressPrinter implements AutoCloseable {

    // LocalTime.toString would drop the seconds at :00
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final RunProgress progress;
    private final int files;
    private final PrintStream out;
    private final Duration interval;
    private final Thread thread;
    private volatile boolean running = true;

    ProgressPrinter(RunProgress progress, int files, PrintStream out, Duration interval) {
        this.progress = progress;
        this.files = files;
        this.out = out;
        this.interval = interval;
        this.thread = new Thread(this::loop, "progress");
        this.thread.setDaemon(true);
    }

    ProgressPrinter start() {
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
                out.println(Messages.text("run.progress", LocalTime.now().format(TIME), RussianText.number(done),
                        RussianText.number(files), RussianText.number(rows), RussianText.number(Math.round(rows / seconds))));
                lastRows = rows;
                lastFiles = done;
            }
        }
    }
}
