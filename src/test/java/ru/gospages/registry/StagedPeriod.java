package ru.gospages.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.gospages.problems.Place;
import ru.gospages.problems.Problem;
import ru.gospages.profile.TestProfiles;
import ru.gospages.rules.CheckedRow;
import ru.gospages.rules.Exemption;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.PageRecord;
import ru.gospages.work.PeriodFiles;
import ru.gospages.work.StageFolder;
import ru.gospages.work.StagedRows;

/**
 * A period's staged rows written here, file by file, as the intake would stage them; then merged
 * and carried over exactly as the run does, without a database.
 */
final class StagedPeriod {

    static final PublicationOrder ORDER = new PublicationOrder(Municipalities.load(Path.of("jobs/reference/municipalities.csv")));

    private final Path dir;
    private final String period;
    private final Map<Integer, List<CheckedRow>> staged = new TreeMap<>();
    RegistryMerge.Result merged;
    final List<ChangeEntry> changes = new ArrayList<>();

    StagedPeriod(Path dir, String period) {
        this.dir = dir;
        this.period = period;
    }

    StageFolder stage() {
        return new StageFolder(dir, period);
    }

    /** One page row in file {@code file}, sheet {@code sheet} (named «ЛистN»), row {@code row}, URL column E. */
    StagedPeriod page(int file, int sheet, int row, String key, String org, String inn, String ogrn, String type,
                      String oktmo, boolean verified, long followers) {
        Place place = place(file, sheet, row);
        return row(file, new CheckedRow(place, List.of(record(place, key, org, inn, ogrn, type, oktmo, verified, followers)),
                0, List.of(), Optional.empty()));
    }

    StagedPeriod exemption(int file, int row, String org, String inn, String oktmo) {
        Place place = place(file, 0, row);
        return row(file, new CheckedRow(place, List.of(), 0, List.of(),
                Optional.of(new Exemption(place, org, inn, oktmo, "Письмо № 1"))));
    }

    StagedPeriod row(int file, CheckedRow row) {
        staged.computeIfAbsent(file, f -> new ArrayList<>()).add(row);
        return this;
    }

    static Place place(int file, int sheet, int row) {
        return new Place("f" + file + ".xlsx", "Лист" + sheet, sheet, row);
    }

    static PageRecord record(Place place, String key, String org, String inn, String ogrn, String type,
                             String oktmo, boolean verified, long followers) {
        String[] parts = key.split(":");
        return new PageRecord(place, 4, org, inn, ogrn, type, oktmo, parts[0], key,
                "https://" + parts[0] + ".example/" + parts[2], "written", verified,
                followers < 0 ? OptionalLong.empty() : OptionalLong.of(followers));
    }

    /** Merges and carries over (from {@code previous}, if any); returns the registry by page key. */
    Map<String, RegistryEntry> registry(Optional<List<RegistryEntry>> previous, String oldestReported) {
        StageFolder stage = stage();
        stage.clear();
        List<FileOutcome> files = new ArrayList<>();
        staged.forEach((file, rows) -> {
            try (StagedRows.Writer writer = new StagedRows.Writer(stage.rows(file))) {
                writer.write(rows);
            }
            StagedRows.writeProblems(stage.fileProblems(file), List.of());
            files.add(new FileOutcome(file, "f" + file + ".xlsx", false));
        });
        merged = new RegistryMerge(TestProfiles.standard(), ORDER).merge(period, files, stage);
        List<RegistryEntry> registry = new ArrayList<>();
        Optional<Iterator<RegistryEntry>> old = previous.map(List::iterator);
        changes.clear();
        CarryOver.apply(stage, old, oldestReported, ORDER, registry::add, changes::add);
        return registry.stream().collect(Collectors.toMap(RegistryEntry::pageKey, Function.identity(),
                (a, b) -> { throw new IllegalStateException("two pages " + a.pageKey()); }, TreeMap::new));
    }

    Map<String, RegistryEntry> registry() {
        return registry(Optional.empty(), period);
    }

    List<Problem> problems() {
        try (PeriodFiles.Records<Problem> problems = PeriodFiles.problems(stage())) {
            List<Problem> all = new ArrayList<>();
            problems.forEachRemaining(all::add);
            return all;
        }
    }

    List<ChangeEntry> changes() {
        return List.copyOf(changes);
    }
}
