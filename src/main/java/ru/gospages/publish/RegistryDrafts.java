package ru.gospages.publish;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import ru.gospages.profile.Platform;
import ru.gospages.publish.files.CsvTableWriter;
import ru.gospages.publish.files.XlsxTableWriter;
import ru.gospages.publish.opendata.OpenDataBundle;
import ru.gospages.publish.opendata.RegistryTable;
import ru.gospages.registry.RegistryPage;
import ru.gospages.work.Background;
import ru.gospages.work.StageFolder;

/**
 * The registry's open-data file and workbook, drafted in the work folder page by page as the
 * carry-over stores the registry, each on a thread of its own; {@link PeriodOutputs} moves them into
 * place with the other files. Pages come in publication order.
 */
public final class RegistryDrafts implements Consumer<RegistryPage>, AutoCloseable {

    private final Background<RegistryPage> csv;
    private final Background<RegistryPage> xlsx;

    public RegistryDrafts(StageFolder stage, YearMonth period, List<Platform> platforms) {
        this.csv = new Background<>("registry-csv",
                rows -> new CsvTableWriter().write(OpenDataBundle.registryTable(), rows, stage.draftRegistryCsv()));
        Background<RegistryPage> workbook;
        try {
            workbook = new Background<>("registry-xlsx",
                    rows -> new XlsxTableWriter(period.atEndOfMonth()).write(RegistryTable.forPeople(platforms), rows,
                            stage.draftRegistryXlsx()));
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
        this.xlsx = workbook;
    }

    @Override
    public void accept(RegistryPage page) {
        csv.accept(page);
        xlsx.accept(page);
    }

    /** Waits until both drafts are written; rethrows what either writer threw. */
    @Override
    public void close() {
        try {
            xlsx.close();
        } finally {
            csv.close();
        }
    }
}
