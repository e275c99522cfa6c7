package ru.gospages.web.month;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.gospages.job.PastRun;
import ru.gospages.job.PastRuns;
import ru.gospages.problems.Messages;
import ru.gospages.publish.portal.PublishRecords.PastPublish;
import ru.gospages.publish.portal.PublishRecords;
import ru.gospages.publish.portal.PublishSettings;
import ru.gospages.publish.summary.RussianText;
import ru.gospages.registry.RegistryStore;
import ru.gospages.web.WebLimits;

/**
 * {@code /history?period=YYYY-MM}: what the {@code history} command prints — the runs newest first
 * with their figures and which one the registry holds, then the publishes — each period linking to
 * its {@code summary.html} when serve's output folder has it; and the «Опубликовать» button.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class HistoryPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int LINES = 100;

    /** A run as the page shows it; the figures are "" when the run did not get to them. */
    public record RunLine(long id, String period, boolean hasSummary, String start, String end, String status,
                          boolean current, String files, String rows, String pages, String verified, String failure) {
    }

    /** A publish as the page shows it. */
    public record PublishLine(long id, String period, boolean hasSummary, String target, String start, String result,
                              boolean failed, int sent, int same, String destination, String message) {
    }

    private final PastRuns runs;
    private final PublishRecords publishes;
    private final RegistryStore registry;
    private final MonthRunner runner;
    private final PublishSettings settings;
    private final Path output;

    public HistoryPage(PastRuns runs, PublishRecords publishes, RegistryStore registry, MonthRunner runner,
                       PublishSettings settings, WebLimits limits) {
        this.runs = runs;
        this.publishes = publishes;
        this.registry = registry;
        this.runner = runner;
        this.settings = settings;
        this.output = limits.output();
    }

    @GetMapping("/history")
    String history(@RequestParam(required = false) String period, Model model) {
        Optional<YearMonth> month = period == null || period.isBlank() ? Optional.empty() : Optional.of(MonthPages.parse(period));
        Map<String, Long> current = registry.completedRuns();
        Map<String, Boolean> summaries = new HashMap<>();
        List<RunLine> runLines = runs.latest(month, LINES).stream().map(run -> {
            Optional<PastRun.Figures> figures = run.figures();
            return new RunLine(run.id(), run.period(), hasSummary(summaries, run.period()), time(run.start()),
                    time(run.end()), run.statusText(), run.isCurrent(current),
                    figures.map(f -> RussianText.number(f.files())).orElse(""),
                    figures.map(f -> RussianText.number(f.rows())).orElse(""),
                    figures.map(f -> RussianText.number(f.pages())).orElse(""),
                    figures.map(PastRun.Figures::verifiedText).orElse(""), run.failureNote());
        }).toList();
        List<PublishLine> publishLines = publishes.latest(month, LINES).stream().map(p -> line(p, summaries)).toList();
        model.addAttribute("title", "История");
        model.addAttribute("period", month.map(YearMonth::toString).orElse(""));
        model.addAttribute("runs", runLines);
        model.addAttribute("publishes", publishLines);
        model.addAttribute("target", settings.target());
        model.addAttribute("running", runner.state().map(RunState::running).orElse(false));
        return "history";
    }

    private PublishLine line(PastPublish publish, Map<String, Boolean> summaries) {
        return new PublishLine(publish.id(), publish.period(), hasSummary(summaries, publish.period()), publish.target(),
                time(Optional.of(publish.startedAt())), Messages.text("history.publish.result." + publish.result()),
                publish.result().equals("FAILED"), publish.sent(), publish.same(), publish.destination(), publish.message());
    }

    private boolean hasSummary(Map<String, Boolean> summaries, String period) {
        return summaries.computeIfAbsent(period, p -> p.matches("\\d{4}-\\d{2}")
                && Files.isRegularFile(output.resolve(p).resolve("summary.html")));
    }

    private static String time(Optional<LocalDateTime> time) {
        return time.map(t -> t.withNano(0).format(TIME)).orElse("");
    }
}
