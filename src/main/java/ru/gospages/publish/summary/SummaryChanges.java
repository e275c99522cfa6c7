package ru.gospages.publish.summary;

import java.util.ArrayList;
import java.util.List;
import ru.gospages.problems.Messages;
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
        groups.add(group(PageChange.Kind.ADDED, counts.added(), details));
        groups.add(group(PageChange.Kind.REMOVED, counts.removed(), details));
        groups.add(group(PageChange.Kind.VERIFIED, counts.verified(), details));
        groups.add(group(PageChange.Kind.UNVERIFIED, counts.unverified(), details));
        return new SummaryChanges(true, RussianText.month(details.previousPeriod().get()), groups);
    }

    private static Group group(PageChange.Kind kind, long count, ReportDetails details) {
        List<PageChange> shown = details.changes().of(kind);
        long more = count - shown.size();
        return new Group(Messages.text("summary.changes." + kind.name()), RussianText.number(count), count > 0,
                shown.stream().map(c -> new Item(c.pageUrl(), c.organization(), c.municipality())).toList(),
                more > 0 ? Messages.text("summary.changes.more", RussianText.number(more)) : "");
    }
}
