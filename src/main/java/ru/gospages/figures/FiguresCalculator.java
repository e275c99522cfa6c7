package ru.gospages.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.Platform;
import ru.gospages.registry.ListedExemption;
import ru.gospages.registry.RegistryEntry;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.Municipality;

/**
 * Computes the verification figures of a period (SPEC 6.3) from its registry and exemption rows, fed
 * one at a time: pages and verified pages per municipality and platform, organisations by the
 * municipality of their first listing in input order (page or exemption), and compliant organisations
 * (a page on every required platform, or an exemption ground). Holds a few numbers per municipality
 * and one small entry per organisation.
 */
public final class FiguresCalculator {

    private final JobProfile profile;
    private final Municipalities municipalities;
    private final Map<String, Map<String, long[]>> pages = new HashMap<>();
    private final Map<String, Organisation> organisations = new HashMap<>();

    public FiguresCalculator(JobProfile profile, Municipalities municipalities) {
        this.profile = profile;
        this.municipalities = municipalities;
    }

    /** What the figures need to know about one organisation. */
    private static final class Organisation {
        long firstOrd = Long.MAX_VALUE;
        String oktmo;
        final Set<String> platforms = new HashSet<>(4);
        boolean exempt;

        void listed(long ord, String where) {
            if (ord < firstOrd) {
                firstOrd = ord;
                oktmo = where;
            }
        }
    }

    /** Counts one page of the registry. */
    public void add(RegistryEntry page) {
        long[] count = pages.computeIfAbsent(page.oktmo(), k -> new HashMap<>())
                .computeIfAbsent(page.platform(), k -> new long[2]);
        count[0]++;
        if (page.verified()) {
            count[1]++;
        }
        Organisation organisation = organisations.computeIfAbsent(page.inn(), k -> new Organisation());
        organisation.listed(page.ord(), page.oktmo());
        organisation.platforms.add(page.platform());
    }

    /** Counts one exemption row. */
    public void add(ListedExemption exemption) {
        Organisation organisation = organisations.computeIfAbsent(exemption.inn(), k -> new Organisation());
        organisation.listed(exemption.ord(), exemption.oktmo());
        organisation.exempt = true;
    }

    /** The figures of everything added so far. */
    public Figures figures() {
        List<String> required = profile.requiredPlatforms().stream().map(Platform::code).toList();
        Map<String, long[]> byMunicipality = new HashMap<>();
        organisations.values().forEach(organisation -> {
            long[] counts = byMunicipality.computeIfAbsent(organisation.oktmo, k -> new long[2]);
            counts[0]++;
            if (organisation.exempt || organisation.platforms.containsAll(required)) {
                counts[1]++;
            }
        });

        List<MunicipalityFigures> rows = new ArrayList<>();
        Map<String, Count> totalByPlatform = new HashMap<>();
        long[] totalOrganisations = new long[2];
        for (Municipality municipality : municipalities.all()) {
            Map<String, Count> byPlatform = new HashMap<>();
            pages.getOrDefault(municipality.oktmo(), Map.of())
                    .forEach((platform, count) -> byPlatform.put(platform, new Count(count[0], count[1])));
            long[] orgs = byMunicipality.getOrDefault(municipality.oktmo(), new long[2]);
            rows.add(figures(municipality.oktmo(), municipality.name(), byPlatform, orgs));
            byPlatform.forEach((platform, count) -> totalByPlatform.merge(platform, count, FiguresCalculator::sum));
            totalOrganisations[0] += orgs[0];
            totalOrganisations[1] += orgs[1];
        }
        return new Figures(rows, figures("", "Итого", totalByPlatform, totalOrganisations));
    }

    private MunicipalityFigures figures(String oktmo, String name, Map<String, Count> byPlatform, long[] organisations) {
        List<PlatformFigures> platforms = new ArrayList<>();
        Count all = new Count(0, 0);
        for (Platform platform : profile.platforms()) {
            Count count = byPlatform.getOrDefault(platform.code(), new Count(0, 0));
            platforms.add(new PlatformFigures(platform.code(), platform.name(), count));
        }
        for (Count count : byPlatform.values()) {
            all = sum(all, count);
        }
        return new MunicipalityFigures(oktmo, name, all, platforms, organisations[0], organisations[1]);
    }

    private static Count sum(Count a, Count b) {
        return new Count(a.pages() + b.pages(), a.verified() + b.verified());
    }
}
