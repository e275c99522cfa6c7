package ru.gospages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ru.gospages.job.RunProgress;

/** The progress line {@code run} prints: the time, files done of all, rows done, rows per second, numbers in the Russian form. */
class RunPrinterTest {

    @Test
    void printsTheProgressOfARunAsOneRussianLineWithTheTime() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new RunCommand.Printer(new PrintStream(printed, true, StandardCharsets.UTF_8))
                .progress(new RunProgress.Snapshot(2, 40, 5_000, 12_345));

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .matches("\\d\\d:\\d\\d:\\d\\d: файлов 2 из 40, строк 5\u00A0000, 12\u00A0345 строк/с\\R");
    }
}
