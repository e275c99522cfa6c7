package ru.gospages.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Iterator;
import ru.gospages.figures.Figures;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.Platform;
import ru.gospages.publish.files.CsvTableWriter;
import ru.gospages.publish.files.OutputBatch;
import ru.gospages.publish.opendata.OpenDataBundle;
import ru.gospages.publish.opendata.OpenDataPassport;
import ru.gospages.publish.opendata.RegistryTable;
import ru.gospages.publish.summary.ReportDetails;
import ru.gospages.publish.summary.Summary;
import ru.gospages.publish.summary.SummaryHtml;
import ru.gospages.registry.RegistryPage;

/**
 * Writes what a period publishes from its figures: the open-data tree under {@code <output>/opendata/}
 * (both sets, passports, list.csv, datapackage.json), {@code verification-<period>.xlsx} and
 * {@code summary.html} under {@code <output>/<period>/}. Every file goes into the step's batch, so
 * they are renamed together with the step's other files.
 */
public final class PublicationWriter {

    private final OpenDataBundle openData;
    private final SummaryHtml summaryHtml;

    public PublicationWriter(JobProfile profile) {
        this.openData = new OpenDataBundle(new OpenDataPassport(profile.opendata()));
        this.summaryHtml = new SummaryHtml(profile.requiredPlatforms().stream().map(Platform::name).toList());
    }

    /** Adds every file of {@code period} to {@code batch}; {@code registry} is the period's registry in publication order. */
    public void write(OutputBatch batch, Path outputRoot, YearMonth period, Iterator<? extends RegistryPage> registry,
                      Figures figures, Summary summary, ReportDetails details) throws IOException {
        write(batch, outputRoot, period, file -> new CsvTableWriter().write(RegistryTable.table(), registry, file),
                figures, summary, details);
    }

    /** The same with the registry's data file drafted already (see {@link OpenDataBundle#registryTable()}). */
    public void write(OutputBatch batch, Path outputRoot, YearMonth period, OpenDataBundle.DataRows registry,
                      Figures figures, Summary summary, ReportDetails details) throws IOException {
        openData.write(batch, outputRoot, period, registry, figures);
        Path reports = outputRoot.resolve(period.toString());
        new VerificationWorkbook(period.atEndOfMonth())
                .write(figures, batch.create(reports.resolve("verification-" + period + ".xlsx")));
        summaryHtml.write(summary, figures, details, batch.create(reports.resolve("summary.html")));
    }
}
