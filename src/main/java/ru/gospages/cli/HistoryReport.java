package ru.gospages.cli;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import ru.gospages.job.PastRun;
import ru.gospages.problems.Messages;
import ru.gospages.publish.summary.RussianText;

/** The terminal table of {@code history}: one aligned line per run, numbers right-aligned, in Russian. */
final class HistoryReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int MAX_NOTE = 80;

    private final PrintStream out;

    HistoryReport(PrintStream out) {
        this.out = out;
    }

    void print(List<PastRun> runs, Map<String, Long> current) {
        if (runs.isEmpty()) {
            out.println(Messages.text("history.none"));
            return;
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(Stream.of("id", "period", "start", "end", "status", "files", "rows", "pages", "verified", "note")
                .map(column -> Messages.text("history.col." + column)).toArray(String[]::new));
        for (PastRun run : runs) {
            Optional<PastRun.Figures> figures = run.figures();
            lines.add(new String[] {String.valueOf(run.id()), run.period(), time(run.start()), time(run.end()),
                    run.statusText(), number(figures, PastRun.Figures::files), number(figures, PastRun.Figures::rows),
                    number(figures, PastRun.Figures::pages),
                    figures.map(PastRun.Figures::verifiedText).orElse(""),
                    note(run, current)});
        }
        TextTable.align(lines, c -> c == 0 || (c >= 5 && c <= 8)).forEach(out::println);
    }

    private static String note(PastRun run, Map<String, Long> current) {
        if (run.isCurrent(current)) {
            return Messages.text("history.current");
        }
        String failure = run.failureNote();
        return failure.length() <= MAX_NOTE ? failure : failure.substring(0, MAX_NOTE - 1) + "…";
    }

    private static String time(Optional<LocalDateTime> time) {
        return time.map(t -> t.withNano(0).format(TIME)).orElse("");
    }

    private static String number(Optional<PastRun.Figures> figures, Function<PastRun.Figures, Long> value) {
        return figures.map(f -> RussianText.number(value.apply(f))).orElse("");
    }
}
