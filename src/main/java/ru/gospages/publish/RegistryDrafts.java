package ru.gospages.publish;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import ru.gospages.profile.Platform;
import ru.gospages.publish.files.AtomicOutput;
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
 *
 * <p>The workbook's writer outlives the carry-over: its sheet is compressed only once every row is
 * known (the sheet's dimension comes before the rows), which at national scale is seconds of one
 * core after the last page. So the carry-over ends the input ({@link #end()}) and hands the writers
 * on ({@link #handOver()}); the outputs step writes its own files meanwhile and waits
 * ({@link Written#await()}) only before it moves the drafts.
 */
public final class RegistryDrafts implements Consumer<RegistryPage>, AutoCloseable {

    private final Background<RegistryPage> csv;
    private final Background<RegistryPage> xlsx;
    private boolean handedOver;

    public RegistryDrafts(StageFolder stage, YearMonth period, List<Platform> platforms) {
        this.csv = new Background<>("registry-csv", rows -> {
            new CsvTableWriter().write(OpenDataBundle.registryTable(), rows, stage.draftRegistryCsv());
            // on disk while the workbook is still compressing (256 MB at 1,000,000 rows: 0.26 s the commit no longer waits)
            AtomicOutput.force(stage.draftRegistryCsv());
        });
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

    /** Ends the input: the writers go on with the pages they were handed. */
    public void end() {
        try {
            xlsx.end();
        } finally {
            csv.end();
        }
    }

    /**
     * Ends the input and hands the writers on: from now on {@link #close()} leaves them to the
     * returned handle, whose {@link Written#await()} the outputs step calls.
     */
    public Written handOver() {
        end();
        handedOver = true;
        return this::awaitBoth;
    }

    /** Waits until both drafts are written, unless handed over; rethrows what either writer threw. */
    @Override
    public void close() {
        if (!handedOver) {
            awaitBoth();
        }
    }

    private void awaitBoth() {
        try {
            xlsx.close();
        } finally {
            csv.close();
        }
    }

    /** Both drafts, perhaps still being written. */
    @FunctionalInterface
    public interface Written {

        /** Nothing to wait for: the drafts are on disk already. */
        Written READY = () -> { };

        /** Waits until both drafts are written; rethrows what either writer threw. */
        void await();

        /** Waits until both drafts are written, or failed: for a step whose own failure is the one to report. */
        default void awaitQuietly() {
            try {
                await();
            } catch (RuntimeException | Error reportedElsewhere) {
                // thrown already where the drafts were needed, or a failure before them is the one to report
            }
        }
    }
}
