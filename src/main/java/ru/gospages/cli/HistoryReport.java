package ru.gospages.cli;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import ru.gospages.problems.Messages;
import ru.gospages.publish.RussianText;

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
                    status(run), number(figures, PastRun.Figures::files), number(figures, PastRun.Figures::rows),
                    number(figures, PastRun.Figures::pages),
                    figures.map(f -> f.verifiedPercent().isEmpty() ? "—" : RussianText.percent(new BigDecimal(f.verifiedPercent()))).orElse(""),
                    note(run, current)});
        }
        TextTable.align(lines, c -> c == 0 || (c >= 5 && c <= 8)).forEach(out::println);
    }

    private static String status(PastRun run) {
        if (run.interrupted()) {
            return Messages.text("history.status.INTERRUPTED");
        }
        return Messages.text("history.status." + run.status().name());
    }

    private static String note(PastRun run, Map<String, Long> current) {
        if (current.getOrDefault(run.period(), -1L) == run.id()) {
            return Messages.text("history.current");
        }
        String failure = run.status().isUnsuccessful() || run.interrupted() ? run.failure() : "";
        return failure.length() <= MAX_NOTE ? failure : failure.substring(0, MAX_NOTE - 1) + "…";
    }

    private static String time(Optional<LocalDateTime> time) {
        return time.map(t -> t.withNano(0).format(TIME)).orElse("");
    }

    private static String number(Optional<PastRun.Figures> figures, Function<PastRun.Figures, Long> value) {
        return figures.map(f -> RussianText.number(value.apply(f))).orElse("");
    }
}
