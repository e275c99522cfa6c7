package ru.gospages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import ru.gospages.job.RunProgress;

/** The progress line of a long run: files done of all, rows done, rows per second; nothing while nothing moves. */
class ProgressPrinterTest {

    @Test
    void printsFilesAndRowsDoneAndRowsPerSecondWhileTheRunReads() throws Exception {
        RunProgress progress = new RunProgress();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (ProgressPrinter printer = new ProgressPrinter(progress, 40, new PrintStream(printed, true, StandardCharsets.UTF_8),
                Duration.ofMillis(100)).start()) {
            progress.rows(5_000);
            progress.fileDone();
            progress.fileDone();
            Thread.sleep(550);
        }

        String[] lines = printed.toString(StandardCharsets.UTF_8).split("\n");
        // printed once: the counters did not move after the first line
        assertThat(lines).hasSize(1);
        assertThat(lines[0]).matches("\\d\\d:\\d\\d:\\d\\d: файлов 2 из 40, строк 5\u00A0000, [\\d\u00A0]+ строк/с");
        long perSecond = Long.parseLong(lines[0].replaceAll(".*, ([\\d\u00A0]+) строк/с", "$1").replace("\u00A0", ""));
        assertThat(perSecond).isBetween(5_000L, 50_000L);
    }
}
