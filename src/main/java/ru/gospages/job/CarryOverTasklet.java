package ru.gospages.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import ru.gospages.figures.DirectoryCalculator;
import ru.gospages.figures.FiguresCalculator;
import ru.gospages.figures.FiguresFile;
import ru.gospages.profile.JobProfile;
import ru.gospages.publish.RegistryDrafts;
import ru.gospages.publish.summary.Summary;
import ru.gospages.registry.CarryOver;
import ru.gospages.registry.ChangeEntry;
import ru.gospages.registry.ListedExemption;
import ru.gospages.registry.PageChange;
import ru.gospages.registry.PublicationOrder.Ranked;
import ru.gospages.registry.PublicationOrder;
import ru.gospages.registry.RegistryEntry;
import ru.gospages.registry.RegistryStore;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.Municipality;
import ru.gospages.work.Background;
import ru.gospages.work.ExternalSort;
import ru.gospages.work.PeriodFiles;
import ru.gospages.work.RecordInput;
import ru.gospages.work.RecordOutput;
import ru.gospages.work.StageFolder;

/**
 * Across periods (SPEC 6.2, 6.3): builds the period's registry from its listed pages, carrying over
 * the previous run's pages of organisations that submitted nothing accepted in this period (if
 * reported within the carry-over months), and stores it under this job execution in publication
 * order. The registry passes once: on the way, the figures are computed (figures.json) and the
 * registry's open-data file and workbook are drafted in the work folder, on threads of their own,
 * which go on after this step: the outputs step waits for them and moves them into place with the other files. The changes against the previous
 * run go into the work folder, sorted too; their counts and the carried pages into the execution's {@link RunTally}.
 */
public class CarryOverTasklet implements Tasklet {

    /** Changes sorted in memory at a time; more are sorted in runs on disk. */
    private static final int SORT_RUN = 100_000;

    private final RegistryStore registry;
    private final StageFolder stage;
    private final JobProfile profile;
    private final Municipalities municipalities;
    private final YearMonth period;
    private final RunTallies tallies;
    private final DirectoryTally directory;

    public CarryOverTasklet(RegistryStore registry, StageFolder stage, JobProfile profile, Municipalities municipalities,
                            YearMonth period, RunTallies tallies, DirectoryTally directory) {
        this.directory = directory;
        this.registry = registry;
        this.stage = stage;
        this.profile = profile;
        this.municipalities = municipalities;
        this.period = period;
        this.tallies = tallies;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String current = period.toString();
        long execution = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        PublicationOrder order = new PublicationOrder(municipalities);
        FiguresCalculator figures = new FiguresCalculator(profile, municipalities);
        Optional<RegistryStore.StoredRun> previous = registry.previousRun(current);
        Optional<DirectoryCalculator> organizations = directory.start(stage, current, previous, order);
        Map<PageChange.Kind, Long> changeCounts = new EnumMap<>(PageChange.Kind.class);
        long[] carried = {0};
        Path changeRuns = stage.sorting().resolve("changes");
        ExternalSort.clear(changeRuns);
        try (RegistryStore.Writer writer = registry.replace(current, execution);
             // compressing and storing the blocks, and drafting the two registry files, beside this pass
             Background<RegistryEntry> store = Background.each("registry-store", writer::add);
             RegistryDrafts drafts = new RegistryDrafts(stage, period, profile.platforms());
             ExternalSort<Ranked<ChangeEntry>> changes = new ExternalSort<>(changeRuns, PublicationOrder.changes(),
                     CarryOverTasklet::writeChange, CarryOverTasklet::readChange, SORT_RUN)) {
            CarryOver.apply(stage, previous.map(registry::read),
                    period.minusMonths(profile.carryOverMonths()).toString(), order,
                    page -> {
                        figures.add(page);
                        organizations.ifPresent(o -> o.add(page));
                        carried[0] += page.carriedOver() ? 1 : 0;
                        store.accept(page);
                        Municipality municipality = order.municipality(page.oktmo());
                        // a municipality dropped from the reference list: kept in the registry, published nowhere
                        if (municipality != null) {
                            drafts.accept(page.toPage(municipality.name()));
                        }
                    },
                    change -> {
                        changeCounts.merge(change.kind(), 1L, Long::sum);
                        changes.add(order.rank(change));
                    });
            // the drafts' writers finish on their own threads while the rest is done here, and on into the outputs step
            drafts.end();
            try (PeriodFiles.Records<ListedExemption> exemptions = ListedExemption.readAll(stage)) {
                exemptions.forEachRemaining(exemption -> {
                    figures.add(exemption);
                    organizations.ifPresent(o -> o.add(exemption));
                });
            }
            organizations.ifPresent(o -> directory.finish(o, stage, current, execution));
            FiguresFile.write(stage.figures(), figures.figures());
            try (RecordOutput out = RecordOutput.create(stage.changes());
                 ExternalSort.Sorted<Ranked<ChangeEntry>> sorted = changes.sorted()) {
                sorted.forEachRemaining(change -> change.value().write(out));
            }
            tallies.of(execution).drafting(drafts.handOver());
        }
        tallies.of(execution).carriedOver(carried[0], Summary.ChangeCounts.of(changeCounts));
        return RepeatStatus.FINISHED;
    }

    private static void writeChange(RecordOutput out, Ranked<ChangeEntry> change) {
        out.tag('K').integer(change.rank());
        change.value().write(out);
    }

    private static Ranked<ChangeEntry> readChange(RecordInput in) {
        return in.tag() < 0 ? null : new Ranked<>(in.integer(), ChangeEntry.read(in));
    }
}
