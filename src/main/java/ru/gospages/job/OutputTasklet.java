package ru.gospages.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.figures.Figures;
import ru.gospages.figures.FiguresFile;
import ru.gospages.problems.Problem;
import ru.gospages.profile.JobProfile;
import ru.gospages.publish.ChangeLists;
import ru.gospages.publish.ChangeTable;
import ru.gospages.publish.CsvTableWriter;
import ru.gospages.publish.OpenDataBundle;
import ru.gospages.publish.OutputBatch;
import ru.gospages.publish.ProblemDigest;
import ru.gospages.publish.ProblemTable;
import ru.gospages.publish.PublicationWriter;
import ru.gospages.publish.ReportDetails;
import ru.gospages.publish.RunCounts;
import ru.gospages.publish.Summary;
import ru.gospages.publish.SummaryJson;
import ru.gospages.publish.XlsxTableWriter;
import ru.gospages.registry.ChangeEntry;
import ru.gospages.registry.FileOutcome;
import ru.gospages.registry.FileOutcomes;
import ru.gospages.registry.PageChange;
import ru.gospages.registry.PublicationOrder;
import ru.gospages.registry.RegistryStore;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.Municipality;
import ru.gospages.work.PeriodFiles;
import ru.gospages.work.ReadAhead;
import ru.gospages.work.StageFolder;

/**
 * Writes the period's files (SPEC 7, 8) from what the merge and the carry-over left in the work
 * folder: the registry's open-data file and workbook drafted while the registry was stored, problems,
 * sorted changes, figures. The problems workbook is written on a second thread while this thread
 * writes everything else. All files are written under temporary names and renamed
 * together at the end, so a crash leaves the previous complete files in place. The summary goes into
 * the execution's {@link RunTally} for its caller, and into the job's context as the text of
 * {@code summary.json}: the record {@code history} reads of a past run.
 */
public class OutputTasklet implements Tasklet {

    /** The job-context key of the summary's JSON, kept with the execution for {@code history}. */
    public static final String SUMMARY = "summary";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutputTasklet.class);

    private final RegistryStore registry;
    private final FileOutcomes files;
    private final StageFolder stage;
    private final JobProfile profile;
    private final Municipalities municipalities;
    private final YearMonth period;
    private final Path output;
    private final RunTallies tallies;

    public OutputTasklet(RegistryStore registry, FileOutcomes files, StageFolder stage, JobProfile profile,
                         Municipalities municipalities, YearMonth period, Path output, RunTallies tallies) {
        this.registry = registry;
        this.files = files;
        this.stage = stage;
        this.profile = profile;
        this.municipalities = municipalities;
        this.period = period;
        this.output = output;
        this.tallies = tallies;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long started = System.nanoTime();
        Figures figures = FiguresFile.read(stage.figures());
        ProblemDigest problems;
        try (PeriodFiles.Records<Problem> rows = PeriodFiles.problems(stage)) {
            problems = ProblemDigest.of(rows);
        }
        Summary summary = Summary.of(figures, counts(job, problems));
        started = log(started, "figures, problem counts, summary");
        write(new PublicationOrder(municipalities), figures, summary, problems, job);
        log(started, "files written");
        return RepeatStatus.FINISHED;
    }

    private void write(PublicationOrder order, Figures figures, Summary summary, ProblemDigest problems, JobExecution job)
            throws Exception {
        String p = period.toString();
        Path reports = output.resolve(p);
        CsvTableWriter peopleCsv = CsvTableWriter.forPeople();
        XlsxTableWriter xlsx = new XlsxTableWriter(period.atEndOfMonth());
        ExecutorService second = Executors.newSingleThreadExecutor(task -> new Thread(task, "outputs-xlsx"));
        try (OutputBatch batch = new OutputBatch()) {
            batch.adopt(reports.resolve("official-pages-" + p + ".xlsx"), stage.draftRegistryXlsx());
            Path problemsWorkbook = batch.create(reports.resolve("problems.xlsx"));
            Future<?> workbook = second.submit(() -> {
                try (PeriodFiles.Records<Problem> rows = PeriodFiles.problems(stage)) {
                    xlsx.write(ProblemTable.table(), rows, problemsWorkbook);
                }
                return null;
            });
            try {
                try (PeriodFiles.Records<Problem> rows = PeriodFiles.problems(stage)) {
                    peopleCsv.write(ProblemTable.table(), rows, batch.create(reports.resolve("problems.csv")));
                }
                try (PeriodFiles.Records<ChangeEntry> rows = ChangeEntry.readAll(stage)) {
                    peopleCsv.write(ChangeTable.table(), publishedChanges(rows, order), batch.create(reports.resolve("changes.csv")));
                }
                ChangeLists changeLists;
                try (PeriodFiles.Records<ChangeEntry> rows = ChangeEntry.readAll(stage)) {
                    changeLists = ChangeLists.of(publishedChanges(rows, order));
                }
                new SummaryJson().write(summary, batch.create(reports.resolve("summary.json")));
                ReportDetails details = new ReportDetails(registry.previousRun(p).map(previous -> YearMonth.parse(previous.period())),
                        problems.firstProblems(), PeriodFiles.rejections(stage,
                        files.files(p).stream().filter(FileOutcome::rejected).map(FileOutcome::fileOrd).toList()), changeLists);
                new PublicationWriter(profile).write(batch, output, period,
                        OpenDataBundle.DataRows.drafted(stage.draftRegistryCsv()), figures, summary, details);
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
        tallies.of(job.getId()).summarised(summary);
        job.getExecutionContext().putString(SUMMARY, new SummaryJson().toJson(summary));
    }

    private static Iterator<PageChange> publishedChanges(Iterator<ChangeEntry> changes, PublicationOrder order) {
        return mapKnown(changes, change -> order.municipality(change.oktmo()), (change, m) -> change.toChange(m.name()));
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

    /** {@code rows} whose municipality the reference lists, each turned into what is published. */
    private static <A, B> Iterator<B> mapKnown(Iterator<A> rows, Function<A, Municipality> municipality,
                                               BiFunction<A, Municipality, B> to) {
        return new ReadAhead<>() {
            @Override
            protected B read() {
                while (rows.hasNext()) {
                    A row = rows.next();
                    Municipality known = municipality.apply(row);
                    if (known != null) {
                        return to.apply(row, known);
                    }
                }
                return null;
            }
        };
    }

    /** Logs how long one part of the output took; returns the time to measure the next part from. */
    private static long log(long started, String what) {
        long now = System.nanoTime();
        LOG.debug("outputs: {} in {} ms", what, (now - started) / 1_000_000);
        return now;
    }

    private RunCounts counts(JobExecution job, ProblemDigest problems) {
        FileOutcomes.Counts counts = files.counts(period.toString());
        RunTally tally = tallies.of(job.getId());
        LocalDateTime started = job.getStartTime() == null ? LocalDateTime.now() : job.getStartTime();
        Instant startedAt = started.atZone(ZoneId.systemDefault()).toInstant();
        return new RunCounts(period,
                new Summary.FileCounts(counts.files(), counts.rejectedFiles()),
                new Summary.RowCounts(counts.rowsRead(), counts.rowsAccepted(), counts.rowsRead() - counts.rowsAccepted(),
                        tally.duplicates(), counts.rowsExempt()),
                tally.carried(), problems.counts(), tally.changes(),
                startedAt, Duration.between(startedAt, Instant.now()));
    }
}
