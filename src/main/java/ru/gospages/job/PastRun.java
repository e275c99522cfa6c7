package ru.gospages.job;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import ru.gospages.problems.Messages;
import ru.gospages.publish.summary.RussianText;
import ru.gospages.publish.summary.Summary;
import ru.gospages.publish.summary.SummaryJson;

/**
 * One execution of the monthly job as {@code history} and the history page show it: its period,
 * times and status, and the figures it published (from the summary the outputs step keeps in the
 * job's context), if it got that far.
 */
public record PastRun(long id, String period, Optional<LocalDateTime> start, Optional<LocalDateTime> end,
                      BatchStatus status, boolean interrupted, String failure, Optional<Figures> figures) {

    /** What a run published: files and rows read, pages in the registry, the share verified ("" when there are no pages). */
    public record Figures(long files, long rows, long pages, String verifiedPercent) {

        /** The share verified for people: «50,0 %», or «—» when there were no pages. */
        public String verifiedText() {
            return verifiedPercent.isEmpty() ? "—" : RussianText.percent(new BigDecimal(verifiedPercent));
        }
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

    /** The status in Russian: «завершён», «ошибка», «прерван» (a run a killed process left behind)… */
    public String statusText() {
        return Messages.text(interrupted ? "history.status.INTERRUPTED" : "history.status." + status.name());
    }

    /** Whether the registry holds this run's results for its period ({@code current}: period → execution). */
    public boolean isCurrent(Map<String, Long> current) {
        return current.getOrDefault(period, -1L) == id;
    }

    /** Why the run failed or was interrupted; "" for any other run. */
    public String failureNote() {
        return status.isUnsuccessful() || interrupted ? failure : "";
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
