package ru.gospages.publish.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.gospages.problems.Messages;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;
import ru.gospages.problems.Severity;

/** The ten most frequent problems of summary.html, each with its first finding as an example. */
final class SummaryProblems {

    static final int SHOWN = 10;

    /** One problem code: what it means, how often, how serious, and where it first occurred. */
    record Line(String code, String title, String count, String severity, String place, String value, String message) {
    }

    private SummaryProblems() {
    }

    /**
     * The most frequent codes first; equal counts keep the order of {@code counts} (problem-code order,
     * as summary.json lists them), so the same run always shows the same ten.
     */
    static List<Line> of(Map<String, Long> counts, List<Problem> firstProblems) {
        Map<ProblemCode, Problem> examples = firstProblems.stream()
                .collect(Collectors.toMap(Problem::code, Function.identity(), (first, later) -> first));
        List<Map.Entry<String, Long>> ordered = new ArrayList<>(counts.entrySet());
        ordered.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        return ordered.stream().limit(SHOWN).map(entry -> {
            ProblemCode code = ProblemCode.of(entry.getKey());
            Problem example = examples.get(code);
            return new Line(code.code(), code.title(), RussianText.number(entry.getValue()),
                    severity(example == null ? code.defaultSeverity() : example.severity()),
                    example == null ? "" : place(example), example == null ? "" : example.value(),
                    example == null ? "" : example.message());
        }).toList();
    }

    private static String severity(Severity severity) {
        return Messages.text("summary.severity." + severity.name());
    }

    /** Where a finding is, as the sender finds it in Excel: file, sheet, row, column. */
    static String place(Problem problem) {
        StringBuilder place = new StringBuilder(Messages.text("summary.place.file", problem.file()));
        if (!problem.sheet().isEmpty()) {
            place.append(Messages.text("summary.place.sheet", problem.sheet()));
        }
        if (problem.row() > 0) {
            place.append(Messages.text("summary.place.row", problem.row()));
        }
        if (!problem.column().isEmpty()) {
            place.append(Messages.text("summary.place.column", problem.column()));
        }
        return place.toString();
    }
}
