package ru.gospages.cli;

import java.io.PrintStream;
import org.springframework.batch.core.job.JobExecution;
import ru.gospages.rules.Messages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The short Russian summary printed at the end of a run: files, rows, pages, share verified, changes, where the outputs are. */
final class RunReport {

    private final PrintStream out;

    RunReport(PrintStream out) {
        this.out = out;
    }

    void print(JobExecution execution, RunOptions options) {
        JsonNode summary = JsonMapper.builder().build().readTree(execution.getExecutionContext().getString("summary"));
        JsonNode files = summary.get("files");
        JsonNode rows = summary.get("rows");
        JsonNode pages = summary.get("pages");
        JsonNode changes = summary.get("changes");
        out.println(Messages.text("run.done", options.period(), summary.get("run").get("seconds").asString()));
        out.println(Messages.text("run.summary.files", files.get("read").asLong(), files.get("rejected").asLong()));
        out.println(Messages.text("run.summary.rows", rows.get("read").asLong(), rows.get("accepted").asLong(),
                rows.get("rejected").asLong(), rows.get("duplicates").asLong(), rows.get("exempt").asLong()));
        JsonNode percent = pages.get("verifiedPercent");
        out.println(Messages.text("run.summary.pages", pages.get("total").asLong(), pages.get("verified").asLong(),
                percent == null || percent.isNull() ? "—" : percent.asString(), pages.get("carriedOver").asLong()));
        out.println(Messages.text("run.summary.changes", changes.get("added").asLong(), changes.get("removed").asLong(),
                changes.get("verified").asLong(), changes.get("unverified").asLong()));
        out.println(Messages.text("run.summary.outputs", options.output().resolve(options.period().toString()),
                options.output().resolve("opendata")));
    }
}
