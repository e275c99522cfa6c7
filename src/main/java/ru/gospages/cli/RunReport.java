package ru.gospages.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import org.springframework.batch.core.job.JobExecution;
import ru.gospages.publish.RussianText;
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
        // «2,3 с», «1 604», «92,5 %»: the Russian form, as in summary.html (the JSON keeps the machine form)
        out.println(Messages.text("run.done", options.period(), summary.get("run").get("seconds").asString().replace('.', ',')));
        out.println(Messages.text("run.summary.files", count(files, "read"), count(files, "rejected")));
        out.println(Messages.text("run.summary.rows", count(rows, "read"), count(rows, "accepted"),
                count(rows, "rejected"), count(rows, "duplicates"), count(rows, "exempt")));
        JsonNode percent = pages.get("verifiedPercent");
        out.println(Messages.text("run.summary.pages", count(pages, "total"), count(pages, "verified"),
                RussianText.percent(percent == null || percent.isNull() ? null : new BigDecimal(percent.asString())),
                count(pages, "carriedOver")));
        out.println(Messages.text("run.summary.changes", count(changes, "added"), count(changes, "removed"),
                count(changes, "verified"), count(changes, "unverified")));
        out.println(Messages.text("run.summary.outputs", options.output().resolve(options.period().toString()),
                options.output().resolve("opendata")));
    }

    private static String count(JsonNode block, String field) {
        return RussianText.number(block.get(field).asLong());
    }
}
