package ru.gospages.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.Platform;
import ru.gospages.registry.ListedExemption;
import ru.gospages.registry.PublicationOrder;
import ru.gospages.registry.RegistryEntry;
import ru.gospages.rules.DirectoryEntry;
import ru.gospages.rules.Inn;
import ru.gospages.rules.OrganizationDirectory;

/**
 * Computes the directory's figures of a period (SPEC 13), fed like {@link FiguresCalculator}: the
 * period's registry page by page, its exemption rows, the INNs that submitted, and the INNs the
 * directory did not know. Holds one small entry per organisation of the directory, none per page.
 */
public final class DirectoryCalculator {

    private final String period;
    private final PublicationOrder order;
    private final Map<String, Tally> byInn = new HashMap<>();
    private final List<Platform> required;
    private final Set<String> unknown = new HashSet<>();

    public DirectoryCalculator(OrganizationDirectory directory, JobProfile profile, PublicationOrder order, String period) {
        this.period = period;
        this.order = order;
        this.required = profile.requiredPlatforms();
        for (DirectoryEntry entry : directory.entries()) {
            byInn.put(entry.inn(), new Tally(entry));
        }
    }

    /** Counts one page of the registry for its organisation. */
    public void add(RegistryEntry page) {
        Tally tally = byInn.get(page.inn());
        if (tally != null) {
            tally.pages++;
            tally.verified += page.verified() ? 1 : 0;
            tally.platforms.add(page.platform());
            tally.reportedIn(page.lastReported());
        }
    }

    /** An exemption row of the period: its organisation complies. */
    public void add(ListedExemption exemption) {
        Tally tally = byInn.get(exemption.inn());
        if (tally != null) {
            tally.exempt = true;
        }
    }

    /** An organisation with an accepted page row or exemption row in the period. */
    public void submitted(String inn) {
        Tally tally = byInn.get(inn);
        if (tally != null) {
            tally.reported = true;
            tally.reportedIn(period);
        }
    }

    /** The latest report of an organisation known from earlier runs. */
    public void reportedEarlier(String inn, String lastReported) {
        Tally tally = byInn.get(inn);
        if (tally != null) {
            tally.reportedIn(lastReported);
        }
    }

    /** The INN cell of a row with R-ORG-UNKNOWN: counted once per INN. */
    public void unknown(String innCell) {
        unknown.add(Inn.check(innCell).inn().orElse(innCell));
    }

    /** The latest report of every organisation of the directory that has one, to keep for later runs. */
    public Map<String, String> lastReports() {
        Map<String, String> reports = new HashMap<>();
        byInn.forEach((inn, tally) -> {
            if (!tally.lastReported.isEmpty()) {
                reports.put(inn, tally.lastReported);
            }
        });
        return reports;
    }

    public DirectoryFigures figures() {
        List<OrganizationStanding> organizations = new ArrayList<>();
        for (Tally tally : byInn.values()) {
            if (tally.entry.obligated()) {
                boolean everyRequired = required.stream().allMatch(p -> tally.platforms.contains(p.code()));
                organizations.add(new OrganizationStanding(tally.entry.inn(), tally.entry.name(), tally.entry.oktmo(),
                        tally.reported, tally.pages, tally.verified, tally.exempt || everyRequired,
                        tally.pages == 0 && !tally.exempt, tally.lastReported));
            }
        }
        organizations.sort(Comparator.<OrganizationStanding>comparingInt(o -> order.rank(o.oktmo()))
                .thenComparing(OrganizationStanding::name).thenComparing(OrganizationStanding::inn));
        return new DirectoryFigures(organizations, unknown.size());
    }

    /** What the period says about one organisation of the directory. */
    private static final class Tally {
        final DirectoryEntry entry;
        final Set<String> platforms = new HashSet<>(4);
        long pages;
        long verified;
        boolean exempt;
        boolean reported;
        String lastReported = "";

        Tally(DirectoryEntry entry) {
            this.entry = entry;
        }

        void reportedIn(String someMonth) {
            if (someMonth.compareTo(lastReported) > 0) {
                lastReported = someMonth;
            }
        }
    }
}
