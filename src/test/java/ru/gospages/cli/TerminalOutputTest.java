package ru.gospages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.testing.ChildRun;
import ru.gospages.testing.Corpus;

/**
 * What a data officer sees: {@code check} on the third-party corpus (spreadsheets that make POI log
 * errors with stack traces) in a child JVM, standard output and error together, prints only our
 * Russian lines and the names of the files; the library log lines went to the log file. The same
 * for a monthly run (Spring Batch, HSQLDB).
 */
class TerminalOutputTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern LOG_LINE = Pattern.compile(
            "^\\s+at |Exception|\\b(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\\b|^\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:|^\\d\\d:\\d\\d:\\d\\d |SLF4J|LOGBACK|log4j");

    @TempDir
    Path dir;

    @Test
    void checkOfTheRealWorldCorpusPrintsNoLineThatIsNotOurs() throws IOException {
        Path corpus = Corpus.realWorld().toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus), "robustness corpus not found at " + corpus + " (set -Dgospages.corpus)");
        Set<String> names;
        try (Stream<Path> walk = Files.walk(corpus)) {
            names = walk.filter(Files::isRegularFile).map(f -> corpus.relativize(f).toString()).collect(Collectors.toSet());
        }
        Path log = dir.resolve("logs/gospages.log");

        String output;
        try (ChildRun check = ChildRun.start(dir.resolve("db"), "check", corpus.toString(), "--logging.file.name=" + log)) {
            assertThat(check.exitCode(Duration.ofMinutes(5))).as(check.output()).isIn(ExitCode.OK, ExitCode.FAILED, ExitCode.USAGE);
            output = check.output();
        }

        assertThat(output.lines().filter(line -> !line.isBlank()))
                .as("every line printed is ours: Russian text or a file's name relative to the folder given")
                .isNotEmpty()
                .allSatisfy(line -> assertThat(CYRILLIC.matcher(line).find() || names.contains(line)).as(line).isTrue())
                .noneSatisfy(line -> assertThat(LOG_LINE.matcher(line).find()).as(line).isTrue());
        assertThat(output).doesNotContain(corpus.toString());
        // POI's errors are kept, in the log file
        assertThat(Files.readString(log)).contains("org.apache.poi");
    }

    @Test
    void aMonthlyRunPrintsOnlyOurRussianLinesAndItsLogGoesToTheLogFile() throws IOException {
        Path log = dir.resolve("run.log");

        String output;
        try (ChildRun run = ChildRun.start(dir.resolve("db"), "run", "--period=2022-12", "--input=input/2022-12",
                "--output=" + dir.resolve("out"), "--logging.file.name=" + log)) {
            assertThat(run.exitCode(Duration.ofMinutes(3))).as(run.output()).isEqualTo(ExitCode.OK);
            output = run.output();
        }

        assertThat(output.lines().filter(line -> !line.isBlank()))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(CYRILLIC.matcher(line).find()).as(line).isTrue())
                .noneSatisfy(line -> assertThat(LOG_LINE.matcher(line).find()).as(line).isTrue())
                .anySatisfy(line -> assertThat(line).matches("Официальных страниц в реестре: \\d+, с госметкой \\d+ \\(\\d+,\\d\u00A0%\\).*"));
        assertThat(log).exists();
    }
}
