package ru.gospages.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.gospages.problems.Problem;

/**
 * One problem as a person reads it: the same finding (file, sheet, column, code, severity, message
 * and value) on consecutive rows is one line with a row range, «строки 2–1001», instead of a line
 * per row. {@code count} is how many problems the run stands for (one per row); file problems and
 * problems on rows that are not consecutive stay lines of their own. Counts elsewhere (problems.csv,
 * summary.json) stay one per problem.
 */
public record ProblemRun(Problem first, int lastRow, int count) {

    public int firstRow() {
        return first.row();
    }

    public boolean isRange() {
        return lastRow > first.row();
    }

    /** The problems grouped, in the order of each run's first problem. */
    public static List<ProblemRun> of(List<Problem> problems) {
        List<Builder> runs = new ArrayList<>();
        Map<Key, Builder> open = new LinkedHashMap<>();
        for (Problem problem : problems) {
            if (problem.row() <= 0) {
                runs.add(new Builder(problem));
                continue;
            }
            Key key = new Key(problem);
            Builder run = open.get(key);
            if (run != null && (problem.row() == run.lastRow + 1 || problem.row() == run.lastRow)) {
                run.lastRow = problem.row();
                run.count++;
            } else {
                run = new Builder(problem);
                runs.add(run);
                open.put(key, run);
            }
        }
        return runs.stream().map(b -> new ProblemRun(b.first, b.lastRow, b.count)).toList();
    }

    private static final class Builder {
        final Problem first;
        int lastRow;
        int count = 1;

        Builder(Problem first) {
            this.first = first;
            this.lastRow = first.row();
        }
    }

    /** What must be equal for two problems to be one finding repeated. */
    private record Key(String file, String sheet, String column, Object code, Object severity, String message, String value) {
        Key(Problem p) {
            this(p.file(), p.sheet(), p.column(), p.code(), p.severity(), p.message(), p.value());
        }
    }
}
