package ru.gospages.publish;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;

/**
 * What the summary tells of a period's problems, from one pass over them in input order: how many
 * of each code, and the first finding of each code (summary.html's example).
 */
public record ProblemDigest(Map<ProblemCode, Long> counts, List<Problem> firstProblems) {

    public ProblemDigest {
        counts = Map.copyOf(counts);
        firstProblems = List.copyOf(firstProblems);
    }

    public static ProblemDigest of(Iterator<Problem> problems) {
        Map<ProblemCode, Long> counts = new EnumMap<>(ProblemCode.class);
        Map<ProblemCode, Problem> first = new LinkedHashMap<>();
        while (problems.hasNext()) {
            Problem problem = problems.next();
            counts.merge(problem.code(), 1L, Long::sum);
            first.putIfAbsent(problem.code(), problem);
        }
        return new ProblemDigest(counts, List.copyOf(first.values()));
    }
}
