package ru.gospages.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.figures.Figures;
import ru.gospages.figures.FiguresCalculator;
import ru.gospages.profile.JobProfile;
import ru.gospages.publish.ChangeLists;
import ru.gospages.publish.ChangeTable;
import ru.gospages.publish.CsvTableWriter;
import ru.gospages.publish.OutputBatch;
import ru.gospages.publish.ProblemDigest;
import ru.gospages.publish.ProblemTable;
import ru.gospages.publish.PublicationOrder;
import ru.gospages.publish.PublicationWriter;
import ru.gospages.publish.RegistryTable;
import ru.gospages.publish.ReportDetails;
import ru.gospages.publish.RunCounts;
import ru.gospages.publish.Summary;
import ru.gospages.publish.SummaryJson;
import ru.gospages.publish.XlsxTableWriter;
import ru.gospages.registry.ChangeEntry;
import ru.gospages.registry.ExternalSort;
import ru.gospages.registry.FileOutcomes;
import ru.gospages.registry.ListedExemption;
import ru.gospages.registry.PageChange;
import ru.gospages.registry.PeriodFiles;
import ru.gospages.registry.RegistryEntry;
import ru.gospages.registry.RegistryPage;
import ru.gospages.registry.RegistryStore;
import ru.gospages.registry.StageFolder;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.Problem;

/**
 * Writes the period's files (SPEC 7, 8) from the registry this run stored and what the merge and the
 * carry-over left in the work folder. The registry is read once: it feeds the figures and a sort
 * into publication order, which the registry workbook (on a second thread) and the open-data file
 * then each read. All files are written under temporary names and renamed together at the end, so
 * a crash leaves the previous complete files in place. The summary goes into the job's context for
 * the terminal report.
 */
public class OutputTasklet implements Tasklet {

    static final String SUMMARY = "summary";
    /** Pages sorted in memory at a time (about 40 MB); more are sorted in runs on disk. */
    private static final int SORT_RUN = 100_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutputTasklet.class);

    private final RegistryStore registry;
    private final FileOutcomes files;
    private final StageFolder stage;
    private final JobProfile profile;
    private final Municipalities municipalities;
    private final YearMonth period;
    private final Path output;

    public OutputTasklet(RegistryStore registry, FileOutcomes files, StageFolder stage, JobProfile profile,
                         Municipalities municipalities, YearMonth period, Path output) {
        this.registry = registry;
        this.files = files;
        this.stage = stage;
        this.profile = profile;
        this.municipalities = municipalities;
        this.period = period;
        this.output = output;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        String p = period.toString();
        PublicationOrder order = new PublicationOrder(municipalities);
        ExternalSort.clear(stage.sorting());
        try (ExternalSort<RegistryEntry> pages = new ExternalSort<>(stage.sorting(), order.pages(),
                (out, page) -> page.write(out), RegistryEntry::read, SORT_RUN);
             ExternalSort<ChangeEntry> changes = new ExternalSort<>(stage.sorting(), order.changes(),
                     (out, change) -> change.write(out), ChangeEntry::read, SORT_RUN)) {
            long started = System.nanoTime();
            FiguresCalculator calculator = new FiguresCalculator(profile, municipalities);
            long carried = 0;
            for (Iterator<RegistryEntry> stored = registry.read(new RegistryStore.StoredRun(p, job.getId())); stored.hasNext(); ) {
                RegistryEntry page = stored.next();
                calculator.add(page);
                carried += page.carriedOver() ? 1 : 0;
                // a municipality dropped from the reference list: counted nowhere, published nowhere
                if (order.municipality(page.oktmo()) != null) {
                    pages.add(page);
                }
            }
            try (PeriodFiles.Records<ListedExemption> exemptions = PeriodFiles.exemptions(stage)) {
                exemptions.forEachRemaining(calculator::add);
            }
            Figures figures = calculator.figures();
            started = log(started, "registry read, figures, sort runs");

            ProblemDigest problems;
            try (PeriodFiles.Records<Problem> rows = PeriodFiles.problems(stage)) {
                problems = ProblemDigest.of(rows);
            }
            Map<PageChange.Kind, Long> changeCounts = new EnumMap<>(PageChange.Kind.class);
            try (PeriodFiles.Records<ChangeEntry> rows = PeriodFiles.changes(stage)) {
                rows.forEachRemaining(change -> {
                    changeCounts.merge(change.kind(), 1L, Long::sum);
                    if (order.municipality(change.oktmo()) != null) {
                        changes.add(change);
                    }
                });
            }
            Summary summary = Summary.of(figures, counts(job, carried, problems, changeCounts));
            started = log(started, "problems, changes, summary");
            write(pages, changes, order, figures, summary, problems, job);
            log(started, "files written");
        }
        return RepeatStatus.FINISHED;
    }

    private void write(ExternalSort<RegistryEntry> pages, ExternalSort<ChangeEntry> changes, PublicationOrder order,
                       Figures figures, Summary summary, ProblemDigest problems, JobExecution job) throws Exception {
        String p = period.toString();
        Path reports = output.resolve(p);
        Function<RegistryEntry, RegistryPage> published = page -> page.toPage(order.municipality(page.oktmo()).name());
        Function<ChangeEntry, PageChange> publishedChange = change -> change.toChange(order.municipality(change.oktmo()).name());
        CsvTableWriter peopleCsv = CsvTableWriter.forPeople();
        XlsxTableWriter xlsx = new XlsxTableWriter(period.atEndOfMonth());
        ExecutorService second = Executors.newSingleThreadExecutor(task -> new Thread(task, "outputs-xlsx"));
        try (OutputBatch batch = new OutputBatch()) {
            Path registryWorkbook = batch.create(reports.resolve("official-pages-" + p + ".xlsx"));
            // the biggest file on the other core, while this thread writes everything else
            Future<?> workbook = second.submit(() -> {
                try (ExternalSort.Sorted<RegistryEntry> rows = pages.sorted()) {
                    xlsx.write(RegistryTable.table(), map(rows, published), registryWorkbook);
                }
                return null;
            });
            try {
                try (PeriodFiles.Records<Problem> rows = PeriodFiles.problems(stage)) {
                    peopleCsv.write(ProblemTable.table(), rows, batch.create(reports.resolve("problems.csv")));
                }
                try (PeriodFiles.Records<Problem> rows = PeriodFiles.problems(stage)) {
                    xlsx.write(ProblemTable.table(), rows, batch.create(reports.resolve("problems.xlsx")));
                }
                ChangeLists changeLists;
                try (ExternalSort.Sorted<ChangeEntry> rows = changes.sorted()) {
                    peopleCsv.write(ChangeTable.table(), map(rows, publishedChange), batch.create(reports.resolve("changes.csv")));
                }
                try (ExternalSort.Sorted<ChangeEntry> rows = changes.sorted()) {
                    changeLists = ChangeLists.of(map(rows, publishedChange));
                }
                new SummaryJson().write(summary, batch.create(reports.resolve("summary.json")));
                ReportDetails details = new ReportDetails(registry.previousRun(p).map(run -> YearMonth.parse(run.period())),
                        problems.firstProblems(), PeriodFiles.rejections(stage, files.files(p)), changeLists);
                try (ExternalSort.Sorted<RegistryEntry> rows = pages.sorted()) {
                    new PublicationWriter(profile).write(batch, output, period, map(rows, published), figures, summary, details);
                }
            } finally {
                awaitQuietly(workbook);
            }
            workbook.get();
            batch.commitAll();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            second.shutdownNow();
        }
        job.getExecutionContext().putString(SUMMARY, new SummaryJson().toJson(summary));
    }

    /** Waits for a task without letting its failure hide the one being thrown here. */
    private static void awaitQuietly(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // reported by the caller's own get()
        }
    }

    private static <A, B> Iterator<B> map(Iterator<A> rows, Function<A, B> to) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public B next() {
                return to.apply(rows.next());
            }
        };
    }

    /** Logs how long one part of the output took; returns the time to measure the next part from. */
    private static long log(long started, String what) {
        long now = System.nanoTime();
        LOG.debug("outputs: {} in {} ms", what, (now - started) / 1_000_000);
        return now;
    }

    private RunCounts counts(JobExecution job, long carried, ProblemDigest problems, Map<PageChange.Kind, Long> changes) {
        FileOutcomes.Counts counts = files.counts(period.toString());
        long duplicates = job.getExecutionContext().getLong(MergeTasklet.DUPLICATES, 0L);
        LocalDateTime started = job.getStartTime() == null ? LocalDateTime.now() : job.getStartTime();
        Instant startedAt = started.atZone(ZoneId.systemDefault()).toInstant();
        return new RunCounts(period,
                new Summary.FileCounts(counts.files(), counts.rejectedFiles()),
                new Summary.RowCounts(counts.rowsRead(), counts.rowsAccepted(), counts.rowsRead() - counts.rowsAccepted(),
                        duplicates, counts.rowsExempt()),
                carried, problems.counts(), Summary.ChangeCounts.of(changes),
                startedAt, Duration.between(startedAt, Instant.now()));
    }
}
