package ru.gospages.publish.summary;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import ru.gospages.figures.DirectoryFigures;
import ru.gospages.problems.Problem;

/**
 * What summary.html shows beyond the counts of summary.json, read from the registry by the job: the
 * period compared with (none for a first run), the first finding of each problem code in input
 * order (its example), the errors that rejected whole files, the lists of changed pages, and with an
 * organisation directory the standing of each obligated organisation (SPEC 13).
 */
public record ReportDetails(Optional<YearMonth> previousPeriod, List<Problem> firstProblems,
                            List<Problem> rejections, ChangeLists changes, Optional<DirectoryFigures> directory) {

    public ReportDetails {
        firstProblems = List.copyOf(firstProblems);
        rejections = List.copyOf(rejections);
    }

    /** The details of a run without an organisation directory. */
    public ReportDetails(Optional<YearMonth> previousPeriod, List<Problem> firstProblems, List<Problem> rejections,
                         ChangeLists changes) {
        this(previousPeriod, firstProblems, rejections, changes, Optional.empty());
    }
}
