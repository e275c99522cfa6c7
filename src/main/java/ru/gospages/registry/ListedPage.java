package ru.gospages.registry;

import java.util.Comparator;
import ru.gospages.work.RecordInput;
import ru.gospages.work.RecordOutput;

/**
 * A page on its way into the registry, as the merge sorts it for the carry-over: its publication
 * rank (the reference order of its municipality, {@link PublicationOrder}), its number among the
 * period's listed pages (−1 for a page carried over from the previous run), and the page.
 */
public record ListedPage(int rank, int pageNo, RegistryEntry entry) {

    /** Publication order (SPEC 7): municipality rank, organisation, page URL. Written out: it runs millions of times. */
    public static final Comparator<ListedPage> ORDER = (a, b) -> {
        int byRank = Integer.compare(a.rank, b.rank);
        if (byRank != 0) {
            return byRank;
        }
        int byOrganization = a.entry.organization().compareTo(b.entry.organization());
        return byOrganization != 0 ? byOrganization : a.entry.pageUrl().compareTo(b.entry.pageUrl());
    };

    private static final int TAG = 'K';

    public static void write(RecordOutput out, ListedPage page) {
        out.tag(TAG).integer(page.rank).integer(page.pageNo);
        page.entry.write(out);
    }

    /** The next page of {@code in}, or null at its end. */
    public static ListedPage read(RecordInput in) {
        return in.tag() < 0 ? null : new ListedPage(in.integer(), in.integer(), RegistryEntry.read(in));
    }
}
