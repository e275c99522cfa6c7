package ru.gospages.web.month;

import java.io.PrintStream;
import java.time.YearMonth;

/**
 * One run of the month, as the command line runs it (its restart policy, its lock, its exit code),
 * printing what {@code run} prints to {@code out}. The seam between the page and the job.
 */
@FunctionalInterface
public interface MonthRun {
    int run(YearMonth period, PrintStream out);
}
