package ru.gospages.cli;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ru.gospages.publish.portal.PublishRecords.PastPublish;
import ru.gospages.problems.Messages;

/** The publishes under the runs in {@code history}: number, period, target, start, result, files, where. */
final class PublishHistoryReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintStream out;

    PublishHistoryReport(PrintStream out) {
        this.out = out;
    }

    /** Prints nothing when there were no publishes: the runs' table stays as it was. */
    void print(List<PastPublish> publishes) {
        if (publishes.isEmpty()) {
            return;
        }
        out.println();
        out.println(Messages.text("history.publish.title"));
        List<String[]> rows = new ArrayList<>();
        rows.add(Stream.of("id", "period", "target", "start", "result", "sent", "same", "destination")
                .map(column -> Messages.text("history.publish.col." + column)).toArray(String[]::new));
        for (PastPublish publish : publishes) {
            rows.add(new String[] {String.valueOf(publish.id()), publish.period(), publish.target(),
                    publish.startedAt().withNano(0).format(TIME), Messages.text("history.publish.result." + publish.result()),
                    String.valueOf(publish.sent()), String.valueOf(publish.same()), publish.destination()});
        }
        TextTable.align(rows, c -> c == 0 || c == 5 || c == 6).forEach(out::println);
    }
}
