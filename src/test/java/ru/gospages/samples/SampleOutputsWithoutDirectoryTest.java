package ru.gospages.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.cli.Cli;
import ru.gospages.cli.ExitCode;
import ru.gospages.testing.OutputSnapshot;
import ru.gospages.testing.TestDatabase;

/**
 * SPEC 13: without an organisation directory everything behaves as before. Both sample periods, as
 * they were before the directory (every file but the «Госпаблики» export added with it), are run with
 * the directory turned off ({@code --gospages.directory=none}, since the samples ship one), and every
 * output file must have the bytes main wrote before the directory existed.
 */
@Tag("database")
class SampleOutputsWithoutDirectoryTest {

    /** The sample file added with the directory; the outputs of before were written without it. */
    static final String EXPORT = "07-gospubliki-export.xlsx";

    @TempDir
    Path dir;

    @Test
    void withoutADirectoryBothSamplePeriodsWriteTheBytesOfBefore() throws IOException {
        TestDatabase database = TestDatabase.fresh("before");
        Path output = dir.resolve("output");
        for (String period : List.of("2022-11", "2022-12")) {
            Path input = copyWithout(Path.of("input", period), dir.resolve("input").resolve(period));
            List<String> args = new ArrayList<>(List.of("run", "--period=" + period, "--input=" + input, "--output=" + output,
                    "--gospages.directory=none"));
            args.addAll(database.arguments());
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int exit = new Cli(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
            assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.OK);
        }

        assertThat(OutputSnapshot.of(output)).isEqualTo(before());
    }

    private static Path copyWithout(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals(EXPORT)) {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private static Map<String, String> before() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (InputStream in = SampleOutputsWithoutDirectoryTest.class.getResourceAsStream("outputs-before-directory.sha256")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.startsWith("#"))
                    .map(line -> line.split(" ")).forEach(parts -> files.put(parts[0], parts[1]));
        }
        return files;
    }
}
