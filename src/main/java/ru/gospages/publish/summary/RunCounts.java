package ru.gospages.publish.summary;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import ru.gospages.problems.ProblemCode;

/**
 * What the job counted during a run, besides the figures, to build its {@link Summary}: files,
 * rows, carried-over pages, problems per code (codes absent or 0 are left out of the summary),
 * changes, and when the run started and how long it took.
 */
public record RunCounts(YearMonth period, Summary.FileCounts files, Summary.RowCounts rows, long carriedOver,
                        Map<ProblemCode, Long> problems, Summary.ChangeCounts changes,
                        Instant startedAt, Duration elapsed) {

    public RunCounts {
        problems = Map.copyOf(problems);
    }
}
