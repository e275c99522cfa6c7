package ru.gospages.cli;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import ru.gospages.job.InterruptedRuns;
import ru.gospages.job.OutputTasklet;
import ru.gospages.publish.Summary;
import ru.gospages.publish.SummaryJson;

/**
 * One execution of the monthly job as {@code history} shows it: its period, times and status, and
 * the figures it published (from the summary the outputs step keeps in the job's context), if it
 * got that far.
 */
record PastRun(long id, String period, Optional<LocalDateTime> start, Optional<LocalDateTime> end, BatchStatus status,
               boolean interrupted, String failure, Optional<Figures> figures) {

    /** What a run published: files and rows read, pages in the registry, the share verified ("" when there are no pages). */
    record Figures(long files, long rows, long pages, String verifiedPercent) {
    }

    private static final SummaryJson SUMMARY = new SummaryJson();

    static PastRun of(JobExecution execution) {
        String description = execution.getExitStatus().getExitDescription();
        return new PastRun(execution.getId(), execution.getJobParameters().getString("period"),
                Optional.ofNullable(execution.getStartTime()), Optional.ofNullable(execution.getEndTime()),
                execution.getStatus(),
                InterruptedRuns.EXIT_CODE.equals(execution.getExitStatus().getExitCode()),
                description == null ? "" : description.lines().findFirst().orElse("").trim(),
                figures(execution));
    }

    private static Optional<Figures> figures(JobExecution execution) {
        if (!execution.getExecutionContext().containsKey(OutputTasklet.SUMMARY)) {
            return Optional.empty();
        }
        Summary summary = SUMMARY.read(execution.getExecutionContext().getString(OutputTasklet.SUMMARY));
        BigDecimal percent = summary.pages().verifiedPercent();
        return Optional.of(new Figures(summary.files().read(), summary.rows().read(), summary.pages().total(),
                percent == null ? "" : percent.toPlainString()));
    }
}
