package ru.gospages.job;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of a running job that the terminal shows while it runs: files and rows done. */
public class RunProgress {

    /** Files done of all the period's files, rows done, and rows per second since the run began. */
    public record Snapshot(long files, long ofFiles, long rows, long rowsPerSecond) {
    }

    private final AtomicLong files = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private volatile String stage = "";

    public void rows(long count) {
        rows.addAndGet(count);
    }

    public void fileDone() {
        files.incrementAndGet();
    }

    public void stage(String name) {
        stage = name;
    }

    public long files() {
        return files.get();
    }

    public long rows() {
        return rows.get();
    }

    public String stage() {
        return stage;
    }

    public void reset() {
        files.set(0);
        rows.set(0);
        stage = "";
    }
}
