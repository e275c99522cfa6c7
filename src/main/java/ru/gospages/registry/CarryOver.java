package ru.gospages.registry;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the registry of a period from its listed pages and the previous run's registry (SPEC 6.2):
 * the pages listed now, with what all their listings said, plus the previous run's pages of
 * organisations that submitted nothing accepted now and were reported recently enough; and the
 * changes against the previous run (added, removed, newly verified, verification lost). One pass over
 * the previous registry, with the period's page keys in memory.
 */
public final class CarryOver {

    /** What the carry-over counted. */
    public record Result(long pages, long carried, Map<PageChange.Kind, Long> changes) {
    }

    private CarryOver() {
    }

    /**
     * Hands the period's registry to {@code registry}, page by page, and writes its changes into the stage folder.
     *
     * @param previous       the previous run's registry, empty for a first run
     * @param oldestReported the earliest last report ({@code YYYY-MM}) a page may have to be carried over
     */
    public static Result apply(StageFolder stage, Optional<Iterator<RegistryEntry>> previous, String oldestReported,
                               Consumer<RegistryEntry> registry) {
        Listed listed = Listed.read(stage);
        Map<PageChange.Kind, Long> changes = new EnumMap<>(PageChange.Kind.class);
        for (PageChange.Kind kind : PageChange.Kind.values()) {
            changes.put(kind, 0L);
        }
        BitSet seen = new BitSet();
        Map<Integer, PageChange.Kind> flagChanges = new HashMap<>();
        long carried = 0;
        try (RecordOutput changeOut = RecordOutput.create(stage.changes());
             RecordOutput carriedOut = RecordOutput.create(stage.carried())) {
            if (previous.isPresent()) {
                Set<String> submitters = submitters(stage);
                Iterator<RegistryEntry> old = previous.get();
                while (old.hasNext()) {
                    RegistryEntry page = old.next();
                    Integer now = listed.pageNo.get(page.pageKey());
                    if (now != null) {
                        seen.set(now);
                        boolean verifiedNow = listed.verified.get(now);
                        if (verifiedNow != page.verified()) {
                            flagChanges.put(now, verifiedNow ? PageChange.Kind.VERIFIED : PageChange.Kind.UNVERIFIED);
                        }
                    } else if (!submitters.contains(page.inn()) && page.lastReported().compareTo(oldestReported) >= 0) {
                        page.carried().write(carriedOut);
                        carried++;
                    } else {
                        record(changeOut, changes, ChangeEntry.of(PageChange.Kind.REMOVED, page));
                    }
                }
            }
            long pages = 0;
            try (RecordInput in = RecordInput.open(stage.listedPages())) {
                int pageNo = 0;
                for (RegistryEntry page = RegistryEntry.read(in); page != null; page = RegistryEntry.read(in), pageNo++) {
                    RegistryEntry merged = page.withListings(listed.verified.get(pageNo), listed.followers(pageNo));
                    registry.accept(merged);
                    pages++;
                    if (previous.isPresent() && !seen.get(pageNo)) {
                        record(changeOut, changes, ChangeEntry.of(PageChange.Kind.ADDED, merged));
                    }
                    PageChange.Kind flagChange = flagChanges.get(pageNo);
                    if (flagChange != null) {
                        record(changeOut, changes, ChangeEntry.of(flagChange, merged));
                    }
                }
            }
            carriedOut.close();
            try (RecordInput in = RecordInput.open(stage.carried())) {
                for (RegistryEntry page = RegistryEntry.read(in); page != null; page = RegistryEntry.read(in)) {
                    registry.accept(page);
                    pages++;
                }
            }
            return new Result(pages, carried, changes);
        }
    }

    private static void record(RecordOutput out, Map<PageChange.Kind, Long> counts, ChangeEntry change) {
        change.write(out);
        counts.merge(change.kind(), 1L, Long::sum);
    }

    private static Set<String> submitters(StageFolder stage) {
        Set<String> inns = new HashSet<>();
        try (RecordInput in = RecordInput.open(stage.submitters())) {
            for (int tag = in.tag(); tag >= 0; tag = in.tag()) {
                inns.add(in.string());
            }
        }
        return inns;
    }

    /** The period's listed pages by key, with what all their listings said. */
    private record Listed(Map<String, Integer> pageNo, BitSet verified, long[] followerCounts) {

        static Listed read(StageFolder stage) {
            Map<String, Integer> pageNo = new HashMap<>();
            try (RecordInput in = RecordInput.open(stage.listedPages())) {
                for (RegistryEntry page = RegistryEntry.read(in); page != null; page = RegistryEntry.read(in)) {
                    pageNo.put(page.pageKey(), pageNo.size());
                }
            }
            BitSet verified = new BitSet(pageNo.size());
            long[] followers = new long[pageNo.size()];
            try (RecordInput in = RecordInput.open(stage.listings())) {
                int i = 0;
                for (int tag = in.tag(); tag >= 0; tag = in.tag(), i++) {
                    verified.set(i, in.flag());
                    followers[i] = in.optionalNumber().orElse(-1);
                }
            }
            return new Listed(pageNo, verified, followers);
        }

        OptionalLong followers(int page) {
            return followerCounts[page] < 0 ? OptionalLong.empty() : OptionalLong.of(followerCounts[page]);
        }
    }
}
