package ru.gospages.web.month;

import java.time.Duration;
import java.time.Instant;

/**
 * What the run page shows: the run in progress or the last one — period, who started it, when,
 * progress (files, rows, rows per second), and once it ended its exit code and printed report.
 */
public record RunState(String period, String account, Instant started, Instant ended, boolean running,
                       int exitCode, String report, long files, long rows) {

    public long rowsPerSecond() {
        Instant end = ended == null ? Instant.now() : ended;
        double seconds = Math.max(0.001, Duration.between(started, end).toMillis() / 1000.0);
        return Math.round(rows / seconds);
    }

    public boolean succeeded() {
        return !running && exitCode == 0;
    }

    public boolean busy() {
        return !running && exitCode == 3;
    }
}
