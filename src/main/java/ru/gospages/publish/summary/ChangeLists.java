package ru.gospages.publish.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import ru.gospages.registry.PageChange;

/**
 * The changes of a period as summary.html lists them: the first {@value #SHOWN_PER_KIND} pages of
 * each kind in the order read; the page says how many more there are and that changes.csv has all.
 */
public record ChangeLists(Map<PageChange.Kind, List<PageChange>> shown) {

    /** Enough to read through; a month with more changes of one kind is read in changes.csv. */
    public static final int SHOWN_PER_KIND = 200;

    public ChangeLists {
        Map<PageChange.Kind, List<PageChange>> copy = new EnumMap<>(PageChange.Kind.class);
        shown.forEach((kind, changes) -> copy.put(kind, List.copyOf(changes)));
        shown = Collections.unmodifiableMap(copy);
    }

    /** Keeps the first pages of each kind from {@code changes}, reading them all once. */
    public static ChangeLists of(Iterator<PageChange> changes) {
        Map<PageChange.Kind, List<PageChange>> shown = new EnumMap<>(PageChange.Kind.class);
        while (changes.hasNext()) {
            PageChange change = changes.next();
            List<PageChange> list = shown.computeIfAbsent(change.change(), kind -> new ArrayList<>());
            if (list.size() < SHOWN_PER_KIND) {
                list.add(change);
            }
        }
        return new ChangeLists(shown);
    }

    public static ChangeLists none() {
        return new ChangeLists(Map.of());
    }

    /** The listed pages of one kind, possibly fewer than there are. */
    public List<PageChange> of(PageChange.Kind kind) {
        return shown.getOrDefault(kind, List.of());
    }
}
