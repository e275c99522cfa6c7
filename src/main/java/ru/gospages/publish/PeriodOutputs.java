package ru.gospages.publish;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import ru.gospages.figures.DirectoryFigures;
import ru.gospages.figures.Figures;
import ru.gospages.problems.Problem;
import ru.gospages.profile.JobProfile;
import ru.gospages.publish.files.CsvTableWriter;
import ru.gospages.publish.files.OutputBatch;
import ru.gospages.publish.files.XlsxTableWriter;
import ru.gospages.publish.opendata.OpenDataBundle;
import ru.gospages.publish.summary.ChangeLists;
import ru.gospages.publish.summary.ReportDetails;
import ru.gospages.publish.summary.Summary;
import ru.gospages.publish.summary.SummaryJson;
import ru.gospages.registry.ChangeEntry;
import ru.gospages.registry.PageChange;
import ru.gospages.registry.PublicationOrder;
import ru.gospages.rules.Municipality;
import ru.gospages.work.PeriodFiles;
import ru.gospages.work.ReadAhead;
import ru.gospages.work.StageFolder;

/**
 * The period's files (SPEC 7, 8), named and written from what the merge and the carry-over left in
 * the work folder: the registry's open-data file and workbook drafted while the registry was stored
 * ({@link RegistryDrafts}, whose writers may still be at work: waited for when they are moved),
 * problems, sorted changes, figures, summary. The problems workbook is written on a second thread
 * while this thread writes everything else. All files are written under
 * temporary names and renamed together at the end, so a crash leaves the previous complete files in place.
 */
public final class PeriodOutputs {

    private final JobProfile profile;
    private final StageFolder stage;
    private final Path output;
    private final YearMonth period;
    private final PublicationOrder order;
    private final RegistryDrafts.Written drafts;

    /** @param drafts the registry's drafts, waited for only when they are moved: their writers may still be at work */
    public PeriodOutputs(JobProfile profile, StageFolder stage, Path output, YearMonth period, PublicationOrder order,
                         RegistryDrafts.Written drafts) {
        this.profile = profile;
        this.stage = stage;
        this.output = output;
        this.period = period;
        this.order = order;
        this.drafts = drafts;
    }

    /** Writes every file of the period and renames them together; the previous period and the rejected files' errors go into the summary page. */
    public void write(Figures figures, Summary summary, ProblemDigest problems, Optional<YearMonth> previousPeriod,
                      List<Problem> rejections) throws Exception {
        write(figures, summary, problems, previousPeriod, rejections, Optional.empty());
    }

    /** The same with the organisation directory's figures, which add {@code organizations-<period>.csv} and a section of summary.html. */
    public void write(Figures figures, Summary summary, ProblemDigest problems, Optional<YearMonth> previousPeriod,
                      List<Problem> rejections, Optional<DirectoryFigures> directory) throws Exception {
        String p = period.toString();
        Path reports = output.resolve(p);
        CsvTableWriter peopleCsv = CsvTableWriter.forPeople();
        XlsxTableWriter xlsx = new XlsxTableWriter(period.atEndOfMonth());
        ExecutorService second = Executors.newSingleThreadExecutor(task -> new Thread(task, "outputs-xlsx"));
        try (OutputBatch batch = new OutputBatch()) {
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
                    peopleCsv.write(ChangeTable.table(), publishedChanges(rows), batch.create(reports.resolve("changes.csv")));
                }
                ChangeLists changeLists;
                try (PeriodFiles.Records<ChangeEntry> rows = ChangeEntry.readAll(stage)) {
                    changeLists = ChangeLists.of(publishedChanges(rows));
                }
                new SummaryJson().write(summary, batch.create(reports.resolve("summary.json")));
                if (directory.isPresent()) {
                    peopleCsv.write(OrganizationsTable.table(), organizationRows(directory.get()),
                            batch.create(reports.resolve("organizations-" + p + ".csv")));
                }
                ReportDetails details = new ReportDetails(previousPeriod, problems.firstProblems(), rejections, changeLists, directory);
                drafts.await();
                batch.adopt(reports.resolve("official-pages-" + p + ".xlsx"), stage.draftRegistryXlsx());
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
    }

    private Iterator<OrganizationsTable.Row> organizationRows(DirectoryFigures directory) {
        return mapKnown(directory.organizations().iterator(), organization -> order.municipality(organization.oktmo()),
                (organization, m) -> new OrganizationsTable.Row(organization, m.name()));
    }

    private Iterator<PageChange> publishedChanges(Iterator<ChangeEntry> changes) {
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
}
