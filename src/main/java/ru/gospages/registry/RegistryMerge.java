package ru.gospages.registry;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import ru.gospages.problems.Problem;
import ru.gospages.profile.JobProfile;
import ru.gospages.rules.Exemption;
import ru.gospages.rules.PageRecord;
import ru.gospages.work.ExternalSort;
import ru.gospages.work.KeyIndex;
import ru.gospages.work.RecordOutput;
import ru.gospages.work.StageFolder;
import ru.gospages.work.StagedRows;

/**
 * Merges a period's staged rows into its listed pages (SPEC 6.1) in one pass in input order — files
 * by their order, each file's stage as the intake wrote it. The first listing of a page key gives the
 * page's values; {@code verified} is true if any listing says so; {@code followers} is the largest
 * given; every later listing is a duplicate (R-DUPLICATE, and R-CONFLICT when its INN or municipality
 * differs from the first). Writes to the stage folder: the listed pages in sorted runs of publication
 * order, their keys with what all their listings said, the organisations that submitted, the
 * exemptions, and every problem of the period in input order (a file's problems first, then each
 * row's own, then the merge's findings about the row's pages). Memory: a few numbers per page key in
 * arrays ({@link KeyIndex}), and two sort runs.
 */
public final class RegistryMerge {

    /** What the merge counted. */
    public record Result(long pages, long duplicates) {
    }

    /**
     * Listed pages sorted in memory at a time (about 12 MB); the rest waits in sorted runs on disk. Every
     * young collection copies the runs being filled and sorted: at 100,000 (four times this) the
     * merge of 1,000,000 rows spent 0.6 s more in collector pauses and took 0.8 s longer.
     */
    private static final int SORT_RUN = 25_000;

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
            return new Result(pass.keys.size(), pass.duplicates);
        }
    }

    private final class Pass implements StagedRows.Visitor, AutoCloseable {
        private final String period;
        // by page number (the order of first listings): the key, and where and by whom it was first listed
        private final KeyIndex keys = new KeyIndex();
        private int[] fileOrds = new int[1 << 12];
        private int[] rows = new int[1 << 12];
        private int[] sheets = new int[1 << 12];
        private int[] inns = new int[1 << 12];
        private int[] oktmos = new int[1 << 12];
        private long[] followers = new long[1 << 12];
        private final BitSet verified = new BitSet();
        // every organisation that submitted an accepted page row or an exemption
        private final KeyIndex submitters = new KeyIndex();
        private final KeyIndex sheetNames = new KeyIndex();
        private final KeyIndex oktmoCodes = new KeyIndex();
        private final Map<Integer, String> fileNames = new HashMap<>();
        // sorting and spilling the runs takes a third of the merge: mostly on the other core
        private final ExternalSort<ListedPage> pages;
        private final RecordOutput problems;
        private final RecordOutput exemptions;
        private int fileOrd;
        private long duplicates;

        Pass(String period, StageFolder stage) {
            this.period = period;
            ExternalSort.clear(stage.listedPages());
            this.pages = new ExternalSort<>(stage.listedPages(), ListedPage.ORDER, ListedPage::write, ListedPage::read, SORT_RUN,
                    "merge-sort");
            this.problems = RecordOutput.create(stage.problems());
            this.exemptions = RecordOutput.create(stage.exemptions());
        }

        void file(FileOutcome file, StageFolder stage) {
            fileOrd = file.fileOrd();
            fileNames.put(fileOrd, file.name());
            StagedRows.readProblems(stage.fileProblems(file.fileOrd())).forEach(this::problem);
            if (!file.rejected()) {
                StagedRows.read(stage.rows(file.fileOrd()), file.name(), this, problems);
            }
        }

        @Override
        public void problem(Problem problem) {
            StagedRows.writeProblem(problems, problem);
        }

        @Override
        public void page(PageRecord page) {
            int inn = submitters.add(page.inn());
            int oktmo = oktmoCodes.add(page.oktmo());
            long given = page.followers().orElse(-1);
            int pageNo = keys.size();
            int first = keys.add(page.pageKey());
            if (first == pageNo) {
                listFirst(pageNo, page, inn, oktmo, given);
                return;
            }
            if (page.verified()) {
                verified.set(first);
            }
            followers[first] = Math.max(followers[first], given);
            duplicates++;
            Duplicates.Listing later = new Duplicates.Listing(page.place().file(), page.place().sheet(), page.place().row(),
                    StagedRows.column(page), page.writtenUrl(), page.inn(), page.oktmo());
            Duplicates.Listing earlier = new Duplicates.Listing(fileNames.get(fileOrds[first]), sheetNames.key(sheets[first]),
                    rows[first], "", "", submitters.key(inns[first]), oktmoCodes.key(oktmos[first]));
            Duplicates.problems(profile, later, earlier).forEach(this::problem);
        }

        private void listFirst(int pageNo, PageRecord page, int inn, int oktmo, long given) {
            if (pageNo == fileOrds.length) {
                int grown = pageNo * 2;
                fileOrds = Arrays.copyOf(fileOrds, grown);
                rows = Arrays.copyOf(rows, grown);
                sheets = Arrays.copyOf(sheets, grown);
                inns = Arrays.copyOf(inns, grown);
                oktmos = Arrays.copyOf(oktmos, grown);
                followers = Arrays.copyOf(followers, grown);
            }
            fileOrds[pageNo] = fileOrd;
            rows[pageNo] = page.place().row();
            sheets[pageNo] = sheetNames.add(page.place().sheet());
            inns[pageNo] = inn;
            oktmos[pageNo] = oktmo;
            followers[pageNo] = given;
            verified.set(pageNo, page.verified());
            long ord = InputOrder.of(fileOrd, page.place().sheetIndex(), page.place().row(), page.urlColumn());
            pages.add(new ListedPage(order.rank(page.oktmo()), pageNo, new RegistryEntry(page.pageKey(), ord,
                    page.pageUrl(), page.platform(), page.organization(), page.inn(), page.ogrn(), page.orgType(),
                    page.oktmo(), page.verified(), page.followers(), period, false)));
        }

        @Override
        public void exemption(Exemption exemption) {
            submitters.add(exemption.inn());
            ListedExemption.write(exemptions, new ListedExemption(
                    InputOrder.of(fileOrd, exemption.place().sheetIndex(), exemption.place().row(), 0),
                    exemption.inn(), exemption.oktmo()));
        }

        void finish(StageFolder stage) {
            pages.spillAll();
            try (RecordOutput out = RecordOutput.create(stage.listedKeys())) {
                for (int page = 0; page < keys.size(); page++) {
                    out.tag('L').string(keys.key(page)).flag(verified.get(page)).optionalNumber(
                            followers[page] < 0 ? OptionalLong.empty() : OptionalLong.of(followers[page]));
                }
            }
            try (RecordOutput out = RecordOutput.create(stage.submitters())) {
                for (int inn = 0; inn < submitters.size(); inn++) {
                    out.tag('I').string(submitters.key(inn));
                }
            }
        }

        @Override
        public void close() {
            pages.close();
            problems.close();
            exemptions.close();
        }
    }
}
