package ru.gospages.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import ru.gospages.profile.JobProfile;
import ru.gospages.rules.Exemption;
import ru.gospages.rules.PageRecord;
import ru.gospages.rules.Problem;

/**
 * Merges a period's staged rows into its listed pages (SPEC 6.1) in one pass in input order — files
 * by their order, each file's stage as the intake wrote it. The first listing of a page key gives the
 * page's values; {@code verified} is true if any listing says so; {@code followers} is the largest
 * given; every later listing is a duplicate (R-DUPLICATE, and R-CONFLICT when its INN or municipality
 * differs from the first). Writes to the stage folder: the listed pages in sorted runs of publication
 * order, their keys with what all their listings said, the organisations that submitted, the
 * exemptions, and every problem of the period in input order (a file's problems first, then each
 * row's own, then the merge's findings about the row's pages). Memory: one small entry per page key
 * and one sort run.
 */
public final class RegistryMerge {

    /** What the merge counted. */
    public record Result(long pages, long duplicates) {
    }

    /** Listed pages sorted in memory at a time (about 50 MB); the rest waits in sorted runs on disk. */
    private static final int SORT_RUN = 100_000;

    private final JobProfile profile;
    private final PublicationOrder order;

    public RegistryMerge(JobProfile profile, PublicationOrder order) {
        this.profile = profile;
        this.order = order;
    }

    public Result merge(String period, List<FileOutcome> files, StageFolder stage) {
        try (Pass pass = new Pass(period, stage)) {
            for (FileOutcome file : files) {
                pass.file(file, stage);
            }
            pass.finish(stage);
            return new Result(pass.listings.size(), pass.duplicates);
        }
    }

    /** The first listing of a page: where it was and by whom, and what the later listings added. */
    private static final class FirstListing {
        final String key;
        final String fileName;
        final String sheet;
        final int row;
        final String inn;
        final String oktmo;
        boolean verified;
        long followers;

        FirstListing(String key, String fileName, String sheet, int row, String inn, String oktmo, boolean verified,
                     long followers) {
            this.key = key;
            this.fileName = fileName;
            this.sheet = sheet;
            this.row = row;
            this.inn = inn;
            this.oktmo = oktmo;
            this.verified = verified;
            this.followers = followers;
        }
    }

    private final class Pass implements StagedRows.Visitor, AutoCloseable {
        private final String period;
        private final Map<String, FirstListing> byKey = new HashMap<>();
        private final List<FirstListing> listings = new ArrayList<>();
        // organisations that submitted; also shares one String per INN, sheet name and OKTMO among the entries
        private final Map<String, String> submitters = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final ExternalSort<ListedPage> pages;
        private final RecordOutput problems;
        private final RecordOutput exemptions;
        private int fileOrd;
        private long duplicates;

        Pass(String period, StageFolder stage) {
            this.period = period;
            ExternalSort.clear(stage.listedPages());
            this.pages = new ExternalSort<>(stage.listedPages(), ListedPage.ORDER, ListedPage::write, ListedPage::read, SORT_RUN);
            this.problems = RecordOutput.create(stage.problems());
            this.exemptions = RecordOutput.create(stage.exemptions());
        }

        void file(FileOutcome file, StageFolder stage) {
            fileOrd = file.fileOrd();
            StagedRows.readProblems(stage.fileProblems(file.fileOrd())).forEach(this::problem);
            if (!file.rejected()) {
                StagedRows.read(stage.rows(file.fileOrd()), file.name(), this);
            }
        }

        @Override
        public void problem(Problem problem) {
            StagedRows.writeProblem(problems, problem);
        }

        @Override
        public void page(PageRecord page) {
            String inn = shared(submitters, page.inn());
            String oktmo = shared(names, page.oktmo());
            long followers = page.followers().orElse(-1);
            FirstListing first = byKey.get(page.pageKey());
            if (first == null) {
                String sheet = shared(names, page.place().sheet());
                first = new FirstListing(page.pageKey(), page.place().file(), sheet, page.place().row(), inn, oktmo, page.verified(), followers);
                byKey.put(page.pageKey(), first);
                long ord = InputOrder.of(fileOrd, page.place().sheetIndex(), page.place().row(), page.urlColumn());
                pages.add(new ListedPage(order.rank(oktmo), listings.size(), new RegistryEntry(page.pageKey(), ord,
                        page.pageUrl(), page.platform(), page.organization(), inn, page.ogrn(), page.orgType(), oktmo,
                        page.verified(), page.followers(), period, false)));
                listings.add(first);
                return;
            }
            first.verified |= page.verified();
            first.followers = Math.max(first.followers, followers);
            duplicates++;
            Duplicates.Listing later = new Duplicates.Listing(page.place().file(), page.place().sheet(), page.place().row(),
                    StagedRows.column(page), page.writtenUrl(), inn, oktmo);
            Duplicates.Listing earlier = new Duplicates.Listing(first.fileName, first.sheet, first.row, "", "", first.inn, first.oktmo);
            Duplicates.problems(profile, later, earlier).forEach(this::problem);
        }

        @Override
        public void exemption(Exemption exemption) {
            shared(submitters, exemption.inn());
            ListedExemption.write(exemptions, new ListedExemption(
                    InputOrder.of(fileOrd, exemption.place().sheetIndex(), exemption.place().row(), 0),
                    exemption.inn(), exemption.oktmo()));
        }

        void finish(StageFolder stage) {
            pages.spillAll();
            try (RecordOutput out = RecordOutput.create(stage.listedKeys())) {
                for (FirstListing listing : listings) {
                    out.tag('L').string(listing.key).flag(listing.verified).optionalNumber(
                            listing.followers < 0 ? OptionalLong.empty() : OptionalLong.of(listing.followers));
                }
            }
            try (RecordOutput out = RecordOutput.create(stage.submitters())) {
                submitters.keySet().stream().sorted().forEach(inn -> out.tag('I').string(inn));
            }
        }

        private static String shared(Map<String, String> strings, String value) {
            return strings.computeIfAbsent(value, v -> v);
        }

        @Override
        public void close() {
            pages.close();
            problems.close();
            exemptions.close();
        }
    }
}
