package ru.gospages.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import ru.gospages.testing.ChildRun;
import ru.gospages.testing.GeneratedPeriod;
import ru.gospages.testing.OutputSnapshot;

/**
 * A run killed like a power cut (SIGKILL of its JVM) while reading files, or while writing its
 * outputs, leaves the previous complete outputs in place; the next {@code run} of the period marks
 * the dead execution failed, restarts it, and writes the same bytes as an uninterrupted run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("database")
class CrashRecoveryTest {

    static final String PERIOD = "2023-03";
    static final int FILES = 30;
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern PROGRESS = Pattern.compile("файлов (\\d+) из (\\d+)");

    @TempDir
    static Path dir;

    Path input;
    Map<String, String> clean;

    @BeforeAll
    void cleanRun() {
        input = dir.resolve("input").resolve(PERIOD);
        GeneratedPeriod.write(input, FILES, 500);
        try (ChildRun run = ChildRun.start(dir.resolve("clean-db"), run(dir.resolve("clean-out")))) {
            assertThat(run.exitCode(RUN_TIMEOUT)).as(run.output()).isZero();
        }
        clean = OutputSnapshot.of(dir.resolve("clean-out"));
        assertThat(clean).containsKeys(PERIOD + "/summary.json", PERIOD + "/problems.csv", PERIOD + "/official-pages-" + PERIOD + ".xlsx");
    }

    @Test
    void aRunKilledWhileReadingFilesIsRestartedAndWritesTheBytesOfACleanRun() throws IOException {
        Path db = dir.resolve("intake-db");
        Path out = previousGoodOutputs("intake-out");
        killWhileReadingFiles(db, out);
        assertThat(OutputSnapshot.of(out)).isEqualTo(clean);

        try (ChildRun again = ChildRun.start(db, run(out))) {
            assertThat(again.exitCode(RUN_TIMEOUT)).as(again.output()).isZero();
            assertThat(again.output()).contains("отмечен как прерванный").contains("Возобновляется прерванный запуск");
        }
        assertThat(OutputSnapshot.of(out)).isEqualTo(clean);
    }

    @Test
    void aRunKilledWhoseWorkFolderIsGoneIsComputedAnewAndNeverTriedAgain() throws IOException {
        Path db = dir.resolve("lost-db");
        Path out = previousGoodOutputs("lost-out");
        killWhileReadingFiles(db, out);
        assertThat(out.resolve(".work").resolve(PERIOD)).isDirectory();
        FileSystemUtils.deleteRecursively(out.resolve(".work"));

        try (ChildRun again = ChildRun.start(db, run(out))) {
            assertThat(again.exitCode(RUN_TIMEOUT)).as(again.output()).isZero();
            assertThat(again.output()).contains("рабочая папка удалена").doesNotContain("Возобновляется");
        }
        assertThat(OutputSnapshot.of(out)).isEqualTo(clean);
        assertThat(out.resolve(".work")).doesNotExist();

        try (ChildRun third = ChildRun.start(db, run(out))) {
            assertThat(third.exitCode(RUN_TIMEOUT)).as(third.output()).isZero();
            assertThat(third.output()).doesNotContain("рабочая папка удалена");
        }
    }

    @Test
    void aRunKilledWhileWritingOutputsLeavesThePreviousFilesWholeAndTheNextRunWritesTheBytesOfACleanRun() throws IOException {
        Path db = dir.resolve("output-db");
        Path out = previousGoodOutputs("output-out");
        try (ChildRun victim = ChildRun.start(db, run(out))) {
            assertThat(victim.await(() -> OutputSnapshot.partFiles(out) > 0, RUN_TIMEOUT)).as(victim.output()).isTrue();
            victim.kill();
        }
        // killed mid-write: temporary files are left, and every final file is still the previous complete one
        assertThat(OutputSnapshot.partFiles(out)).isPositive();
        assertThat(withoutPartFiles(OutputSnapshot.of(out))).isEqualTo(clean);

        try (ChildRun again = ChildRun.start(db, run(out))) {
            assertThat(again.exitCode(RUN_TIMEOUT)).as(again.output()).isZero();
            assertThat(again.output()).contains("отмечен как прерванный");
        }
        assertThat(OutputSnapshot.of(out)).isEqualTo(clean);
    }

    /** Starts a run and kills it once some files are staged and others are not. */
    private void killWhileReadingFiles(Path db, Path out) {
        try (ChildRun victim = ChildRun.start(db, run(out))) {
            assertThat(victim.awaitLine(line -> between(filesDone(line), 1, FILES - 1), RUN_TIMEOUT)).as(victim.output()).isTrue();
            victim.kill();
        }
    }

    private String[] run(Path output) {
        return new String[] {"run", "--period=" + PERIOD, "--input=" + input, "--output=" + output,
                "--gospages.run.progress-seconds=0.3"};
    }

    /** A copy of the clean run's outputs: what a killed run must not damage. */
    private Path previousGoodOutputs(String name) throws IOException {
        Path copy = dir.resolve(name);
        FileSystemUtils.copyRecursively(dir.resolve("clean-out"), copy);
        return copy;
    }

    private static Map<String, String> withoutPartFiles(Map<String, String> snapshot) {
        snapshot.keySet().removeIf(name -> name.endsWith(".part"));
        return snapshot;
    }

    private static int filesDone(String line) {
        Matcher m = PROGRESS.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static boolean between(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
