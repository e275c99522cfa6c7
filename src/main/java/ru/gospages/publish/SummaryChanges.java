package ru.gospages.publish;

import java.util.ArrayList;
import java.util.List;
import ru.gospages.registry.PageChange;

/** The changes section of summary.html: against which period, and one collapsible list per kind of change. */
record SummaryChanges(boolean compared, String against, List<Group> groups) {

    /** One kind of change: its Russian name, how many, the listed pages and a note on those not listed. */
    record Group(String title, String count, boolean any, List<Item> items, String more) {
    }

    /** One changed page. */
    record Item(String url, String organization, String municipality) {
    }

    static SummaryChanges of(Summary.ChangeCounts counts, ReportDetails details) {
        if (details.previousPeriod().isEmpty()) {
            return new SummaryChanges(false, "", List.of());
        }
        List<Group> groups = new ArrayList<>();
        groups.add(group("Добавлены", counts.added(), details.changes().of(PageChange.Kind.ADDED)));
        groups.add(group("Удалены", counts.removed(), details.changes().of(PageChange.Kind.REMOVED)));
        groups.add(group("Получили госметку", counts.verified(), details.changes().of(PageChange.Kind.VERIFIED)));
        groups.add(group("Потеряли госметку", counts.unverified(), details.changes().of(PageChange.Kind.UNVERIFIED)));
        return new SummaryChanges(true, RussianText.month(details.previousPeriod().get()), groups);
    }

    private static Group group(String title, long count, List<PageChange> shown) {
        long more = count - shown.size();
        return new Group(title, RussianText.number(count), count > 0,
                shown.stream().map(c -> new Item(c.pageUrl(), c.organization(), c.municipality())).toList(),
                more > 0 ? "и ещё " + RussianText.number(more) + " — полный список в changes.csv" : "");
    }
}
