package ru.gospages.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import ru.gospages.work.ExternalSort;
import ru.gospages.work.KeyIndex;
import ru.gospages.work.RecordInput;
import ru.gospages.work.StageFolder;

/**
 * Builds the registry of a period from its listed pages and the previous run's registry (SPEC 6.2):
 * the pages listed now, with what all their listings said, plus the previous run's pages of
 * organisations that submitted nothing accepted now and were reported recently enough; and the
 * changes against the previous run (added, removed, newly verified, verification lost). One pass
 * over the previous registry with the period's page keys in memory, then one merge of the listed
 * pages' sorted runs with the carried pages: the registry comes out in publication order.
 */
public final class CarryOver {

    private static final int SORT_RUN = 100_000;

    private CarryOver() {
    }

    /**
     * Hands every page of the period's registry to {@code registry}, in publication order, and every
     * change to {@code changes}, unordered.
     *
     * @param previous       the previous run's registry, empty for a first run
     * @param oldestReported the earliest last report ({@code YYYY-MM}) a page may have to be carried over
     */
    public static void apply(StageFolder stage, Optional<Iterator<RegistryEntry>> previous, String oldestReported,
                             PublicationOrder order, Consumer<RegistryEntry> registry, Consumer<ChangeEntry> changes) {
        Listed listed = Listed.read(stage);
        BitSet seen = new BitSet(listed.size());
        Map<Integer, PageChange.Kind> flagChanges = new HashMap<>();
        List<Path> runs = new ArrayList<>(ExternalSort.runsIn(stage.listedPages()));
        Path carriedRuns = stage.sorting().resolve("carried");
        ExternalSort.clear(carriedRuns);
        try (ExternalSort<ListedPage> carried = new ExternalSort<>(carriedRuns, ListedPage.ORDER, ListedPage::write,
                ListedPage::read, SORT_RUN)) {
            if (previous.isPresent()) {
                KeyIndex submitters = submitters(stage);
                Iterator<RegistryEntry> old = previous.get();
                while (old.hasNext()) {
                    RegistryEntry page = old.next();
                    int now = listed.pageNo.get(page.pageKey());
                    if (now >= 0) {
                        seen.set(now);
                        boolean verifiedNow = listed.verified.get(now);
                        if (verifiedNow != page.verified()) {
                            flagChanges.put(now, verifiedNow ? PageChange.Kind.VERIFIED : PageChange.Kind.UNVERIFIED);
                        }
                    } else if (!submitters.contains(page.inn()) && page.lastReported().compareTo(oldestReported) >= 0) {
                        carried.add(new ListedPage(order.rank(page.oktmo()), -1, page.carried()));
                    } else {
                        changes.accept(ChangeEntry.of(PageChange.Kind.REMOVED, page));
                    }
                }
            }
            runs.addAll(carried.spillAll());
        }
        try (ExternalSort.Sorted<ListedPage> pages = ExternalSort.merge(runs, ListedPage.ORDER, ListedPage::read)) {
            while (pages.hasNext()) {
                ListedPage page = pages.next();
                int pageNo = page.pageNo();
                if (pageNo < 0) {
                    registry.accept(page.entry());
                    continue;
                }
                RegistryEntry merged = page.entry().withListings(listed.verified.get(pageNo), listed.followers(pageNo));
                registry.accept(merged);
                if (previous.isPresent() && !seen.get(pageNo)) {
                    changes.accept(ChangeEntry.of(PageChange.Kind.ADDED, merged));
                }
                PageChange.Kind flagChange = flagChanges.get(pageNo);
                if (flagChange != null) {
                    changes.accept(ChangeEntry.of(flagChange, merged));
                }
            }
        }
    }

    private static KeyIndex submitters(StageFolder stage) {
        KeyIndex inns = new KeyIndex();
        forEachSubmitter(stage, inns::add);
        return inns;
    }

    /** Each INN with an accepted page row or exemption row in the period, as the merge left them. */
    public static void forEachSubmitter(StageFolder stage, Consumer<String> inn) {
        try (RecordInput in = RecordInput.open(stage.submitters())) {
            for (int tag = in.tag(); tag >= 0; tag = in.tag()) {
                inn.accept(in.string());
            }
        }
    }

    /** The period's listed pages by key, with what all their listings said. */
    private record Listed(KeyIndex pageNo, BitSet verified, long[] followerCounts) {

        static Listed read(StageFolder stage) {
            KeyIndex pageNo = new KeyIndex();
            BitSet verified = new BitSet();
            long[] followers = new long[1024];
            try (RecordInput in = RecordInput.open(stage.listedKeys())) {
                for (int tag = in.tag(); tag >= 0; tag = in.tag()) {
                    int page = pageNo.add(in.string());
                    verified.set(page, in.flag());
                    if (page == followers.length) {
                        followers = Arrays.copyOf(followers, page * 2);
                    }
                    followers[page] = in.optionalNumber().orElse(-1);
                }
            }
            return new Listed(pageNo, verified, followers);
        }

        int size() {
            return pageNo.size();
        }

        OptionalLong followers(int page) {
            return followerCounts[page] < 0 ? OptionalLong.empty() : OptionalLong.of(followerCounts[page]);
        }
    }
}
