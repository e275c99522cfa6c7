package ru.gospages.cli;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import ru.gospages.job.InterruptedRuns;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUMMARY = "summary";

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
        if (!execution.getExecutionContext().containsKey(SUMMARY)) {
            return Optional.empty();
        }
        JsonNode summary = JSON.readTree(execution.getExecutionContext().getString(SUMMARY));
        JsonNode percent = summary.get("pages").get("verifiedPercent");
        return Optional.of(new Figures(summary.get("files").get("read").asLong(), summary.get("rows").get("read").asLong(),
                summary.get("pages").get("total").asLong(), percent == null || percent.isNull() ? "" : percent.asString()));
    }
}
