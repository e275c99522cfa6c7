package ru.gospages.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.figures.Figures;
import ru.gospages.figures.FiguresCalculator;
import ru.gospages.profile.JobProfile;
import ru.gospages.publish.ChangeTable;
import ru.gospages.publish.CsvTableWriter;
import ru.gospages.publish.ChangeLists;
import ru.gospages.publish.PublicationWriter;
import ru.gospages.publish.ReportDetails;
import ru.gospages.publish.OutputBatch;
import ru.gospages.publish.ProblemTable;
import ru.gospages.publish.RegistryTable;
import ru.gospages.publish.RunCounts;
import ru.gospages.publish.Summary;
import ru.gospages.publish.SummaryJson;
import ru.gospages.publish.XlsxTableWriter;
import ru.gospages.registry.PageChange;
import ru.gospages.registry.RegistryPage;
import ru.gospages.registry.RegistryRepository;
import ru.gospages.rules.Problem;
import ru.gospages.rules.ProblemCode;

/**
 * Writes the period's files (SPEC 7, 8): the registry data file, the registry workbook, problems,
 * changes and summary.json. All are written under temporary names and renamed together at the end,
 * so a crash leaves the previous complete files in place. The summary goes into the job's context
 * for the terminal report.
 */
public class OutputTasklet implements Tasklet {

    static final String SUMMARY = "summary";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutputTasklet.class);

    private final RegistryRepository registry;
    private final FiguresCalculator figuresCalculator;
    private final JobProfile profile;
    private final YearMonth period;
    private final Path output;

    public OutputTasklet(RegistryRepository registry, FiguresCalculator figuresCalculator, JobProfile profile,
                         YearMonth period, Path output) {
        this.registry = registry;
        this.figuresCalculator = figuresCalculator;
        this.profile = profile;
        this.period = period;
        this.output = output;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        String p = period.toString();
        Path reports = output.resolve(p);
        CsvTableWriter csv = new CsvTableWriter();
        CsvTableWriter peopleCsv = CsvTableWriter.forPeople();
        XlsxTableWriter xlsx = new XlsxTableWriter(period.atEndOfMonth());
        long started = System.nanoTime();
        Figures figures = figuresCalculator.compute(p);
        Summary summary = Summary.of(figures, counts(job));
        log(started, "figures and counts");
        try (OutputBatch batch = new OutputBatch()) {
            started = System.nanoTime();
            try (Stream<RegistryPage> rows = registry.registryRows(p)) {
                xlsx.write(RegistryTable.table(), rows.iterator(), batch.create(reports.resolve("official-pages-" + p + ".xlsx")));
            }
            started = log(started, "official-pages xlsx");
            try (Stream<Problem> rows = registry.problemRows(p)) {
                peopleCsv.write(ProblemTable.table(), rows.iterator(), batch.create(reports.resolve("problems.csv")));
            }
            started = log(started, "problems.csv");
            try (Stream<Problem> rows = registry.problemRows(p)) {
                xlsx.write(ProblemTable.table(), rows.iterator(), batch.create(reports.resolve("problems.xlsx")));
            }
            started = log(started, "problems.xlsx");
            try (Stream<PageChange> rows = registry.changeRows(p)) {
                peopleCsv.write(ChangeTable.table(), rows.iterator(), batch.create(reports.resolve("changes.csv")));
            }
            new SummaryJson().write(summary, batch.create(reports.resolve("summary.json")));
            ReportDetails details = details(p);
            started = log(started, "changes.csv, summary.json, report details");
            try (Stream<RegistryPage> rows = registry.registryRows(p)) {
                new PublicationWriter(profile).write(batch, output, period, rows.iterator(), figures, summary, details);
            }
            log(started, "open data, verification workbook, summary.html");
            batch.commitAll();
        }
        job.getExecutionContext().putString(SUMMARY, new SummaryJson().toJson(summary));
        return RepeatStatus.FINISHED;
    }

    /** What summary.html lists beyond the counts: the first finding of each problem, rejected files, changed pages. */
    private ReportDetails details(String p) {
        try (Stream<PageChange> changes = registry.changeRows(p)) {
            return new ReportDetails(registry.previousRun(p).map(YearMonth::parse), registry.firstProblems(p),
                    registry.rejections(p), ChangeLists.of(changes.iterator()));
        }
    }

    /** Logs how long one part of the output took; returns the time to measure the next part from. */
    private static long log(long started, String what) {
        long now = System.nanoTime();
        LOG.debug("outputs: {} in {} ms", what, (now - started) / 1_000_000);
        return now;
    }

    private RunCounts counts(JobExecution job) {
        String p = period.toString();
        RegistryRepository.FileCounts files = registry.fileCounts(p);
        long duplicates = job.getExecutionContext().getLong(MergeTasklet.DUPLICATES, 0L);
        Map<ProblemCode, Long> problems = new EnumMap<>(ProblemCode.class);
        registry.problemCounts(p).forEach((code, count) -> problems.put(ProblemCode.of(code), count));
        Map<PageChange.Kind, Long> changes = new EnumMap<>(PageChange.Kind.class);
        registry.changeCounts(p).forEach((kind, count) -> changes.put(PageChange.Kind.valueOf(kind.toUpperCase()), count));
        LocalDateTime started = job.getStartTime() == null ? LocalDateTime.now() : job.getStartTime();
        Instant startedAt = started.atZone(java.time.ZoneId.systemDefault()).toInstant();
        return new RunCounts(period,
                new Summary.FileCounts(files.files(), files.rejectedFiles()),
                new Summary.RowCounts(files.rowsRead(), files.rowsAccepted(), files.rowsRead() - files.rowsAccepted(),
                        duplicates, files.rowsExempt()),
                registry.carriedOver(p), problems, Summary.ChangeCounts.of(changes),
                startedAt, Duration.between(startedAt, Instant.now()));
    }
}
