package ru.gospages.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The progress of a long run: files done of all, rows done, rows per second; nothing while nothing moves. */
class ProgressTickerTest {

    @Test
    void tellsFilesAndRowsDoneAndRowsPerSecondWhileTheRunReadsAndNothingWhileNothingMoves() throws Exception {
        RunProgress progress = new RunProgress();
        List<RunProgress.Snapshot> told = new CopyOnWriteArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void progress(RunProgress.Snapshot snapshot) {
                told.add(snapshot);
            }
        };
        try (ProgressTicker ticker = new ProgressTicker(progress, 40, listener, Duration.ofMillis(100)).start()) {
            progress.rows(5_000);
            progress.fileDone();
            progress.fileDone();
            Thread.sleep(550);
        }

        // told once: the counters did not move after the first time
        assertThat(told).hasSize(1);
        RunProgress.Snapshot snapshot = told.get(0);
        assertThat(snapshot.files()).isEqualTo(2);
        assertThat(snapshot.ofFiles()).isEqualTo(40);
        assertThat(snapshot.rows()).isEqualTo(5_000);
        assertThat(snapshot.rowsPerSecond()).isBetween(5_000L, 50_000L);
    }
}
