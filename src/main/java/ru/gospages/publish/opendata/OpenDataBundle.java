package ru.gospages.publish.opendata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import ru.gospages.figures.Figures;
import ru.gospages.figures.PlatformFigures;
import ru.gospages.profile.JobProfile;
import ru.gospages.publish.files.CsvTableWriter;
import ru.gospages.publish.files.OutputBatch;
import ru.gospages.publish.files.Table;
import ru.gospages.registry.RegistryPage;

/**
 * Writes a period's part of the cumulative open-data tree (SPEC 7) into a batch: for each set its
 * data file of the period, its structure file and a passport listing every data version in the
 * folder; then {@code list.csv} and {@code datapackage.json} for the newest data files. Data files
 * of other periods are never touched, so versions accumulate and a re-run replaces only its own.
 */
public final class OpenDataBundle {

    private final OpenDataPassport passport;
    private final CsvTableWriter csv = new CsvTableWriter();

    public OpenDataBundle(OpenDataPassport passport) {
        this.passport = passport;
    }

    /** The rows of a data file: written into the given file. */
    @FunctionalInterface
    public interface DataRows {
        void writeTo(Path file) throws IOException;

        /** Rows already written into {@code drafted}, which is moved into place. */
        static DataRows drafted(Path drafted) {
            return file -> Files.move(drafted, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Adds every open-data file of {@code period} to {@code batch}, under {@code <outputRoot>/opendata/}. */
    public void write(OutputBatch batch, Path outputRoot, YearMonth period, Iterator<? extends RegistryPage> registry,
                      Figures figures) throws IOException {
        write(batch, outputRoot, period, file -> csv.write(RegistryTable.table(), registry, file), figures);
    }

    /**
     * The same with the registry's data file written already ({@link #registryTable()}, rows in
     * publication order), as the run drafts it while storing the registry.
     */
    public void write(OutputBatch batch, Path outputRoot, YearMonth period, DataRows registry, Figures figures)
            throws IOException {
        // a missing passport stops the run before any data file is written, not halfway through
        List.of(OpenDataLayout.OFFICIAL_PAGES, OpenDataLayout.VERIFICATION).forEach(passport::texts);
        OpenDataLayout layout = new OpenDataLayout(outputRoot, passport.profile().publisherInn());
        List<PlatformFigures> platforms = figures.total().byPlatform();
        List<DataPackage.Resource> resources = List.of(
                dataset(batch, layout, period, OfficialPagesDataset.definition(platforms), registry),
                dataset(batch, layout, period, VerificationTable.dataset(platforms),
                        file -> csv.write(VerificationTable.dataset(platforms).table(), figures.municipalities().iterator(), file)));
        Path opendata = outputRoot.resolve("opendata");
        ListCsv.write(passport, resources.stream().map(r -> r.dataset().code()).toList(),
                batch.create(opendata.resolve("list.csv")));
        String creator = passport.profile().creator();
        new DataPackage().write(passport.profile().publisherInn() + "-opendata",
                creator.isBlank() ? "Открытые данные" : "Открытые данные: " + creator,
                resources, batch.create(opendata.resolve("datapackage.json")));
    }

    /** Writes one set's files and returns the package resource of its newest data file. */
    /** The table the registry's data file is written from. */
    public static Table<RegistryPage> registryTable() {
        return RegistryTable.table();
    }

    private <T> DataPackage.Resource dataset(OutputBatch batch, OpenDataLayout layout, YearMonth period,
                                             OpenDataset<T> dataset, DataRows rows) throws IOException {
        String code = dataset.code();
        Path folder = layout.dataset(code);
        // scanned before this batch adds its own file: a re-run finds its version already there
        List<DataVersion> versions = new ArrayList<>(DataVersion.in(folder));
        DataVersion current = DataVersion.of(period);
        if (!versions.contains(current)) {
            versions.add(current);
        }
        versions.sort(DataVersion.NEWEST_FIRST);

        Path written = batch.create(layout.dataFile(code, period));
        rows.writeTo(written);
        StructureCsv.write(dataset, batch.create(folder.resolve(StructureCsv.fileName())));
        MetaCsv.write(passport, code, versions, batch.create(folder.resolve("meta.csv")));

        DataVersion newest = versions.get(0);
        // the newest file is this batch's own unless a later period was published before this re-run
        Path newestFile = newest.equals(current) ? written : folder.resolve(newest.fileName());
        JobProfile.Dataset texts = passport.texts(code);
        return new DataPackage.Resource(dataset, passport.identifier(code), texts.title(), texts.description(),
                passport.identifier(code) + "/" + newest.fileName(), Files.size(newestFile), DataPackage.sha256(newestFile));
    }
}
