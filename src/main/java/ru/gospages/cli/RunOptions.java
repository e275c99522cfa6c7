package ru.gospages.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;
import ru.gospages.problems.Messages;

/**
 * The period, input folder and output root of {@code run} (SPEC 3): the period defaults to the
 * newest {@code YYYY-MM} folder under {@code input/} (or the name of {@code --input} when it is one),
 * the input to {@code input/<period>}, the output root to {@code output}.
 */
public record RunOptions(YearMonth period, Path input, Path output) {

    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");
    private static final Path INPUT_ROOT = Path.of("input");

    public static RunOptions resolve(Environment environment) {
        String inputOption = environment.getProperty("input");
        String periodOption = environment.getProperty("period");
        YearMonth period;
        if (periodOption != null) {
            period = parse(periodOption);
        } else if (inputOption != null && PERIOD.matcher(Path.of(inputOption).getFileName().toString()).matches()) {
            period = parse(Path.of(inputOption).getFileName().toString());
        } else {
            period = newestPeriod(INPUT_ROOT).orElseThrow(() -> new UsageException(Messages.text("run.noPeriod", INPUT_ROOT)));
        }
        Path input = inputOption != null ? Path.of(inputOption) : INPUT_ROOT.resolve(period.toString());
        if (!Files.isDirectory(input)) {
            throw new UsageException(Messages.text("run.noInput", input, period));
        }
        return new RunOptions(period, input, Path.of(environment.getProperty("output", "output")));
    }

    static YearMonth parse(String text) {
        try {
            if (!PERIOD.matcher(text).matches()) {
                throw new DateTimeParseException(text, text, 0);
            }
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(Messages.text("run.badPeriod", text));
        }
    }

    /** The newest folder named {@code YYYY-MM} directly under {@code root}. */
    static Optional<YearMonth> newestPeriod(Path root) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> PERIOD.matcher(name).matches())
                    .map(name -> {
                        try {
                            return YearMonth.parse(name);
                        } catch (DateTimeParseException e) {
                            return null;
                        }
                    })
                    .filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
