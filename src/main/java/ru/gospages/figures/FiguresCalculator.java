package ru.gospages.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.Platform;
import ru.gospages.registry.ListedExemption;
import ru.gospages.registry.RegistryEntry;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.Municipality;
import ru.gospages.work.KeyIndex;

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
    // organisations by number (KeyIndex of INNs): first listing's order and municipality, platforms, exemption
    private final KeyIndex inns = new KeyIndex();
    private final KeyIndex oktmos = new KeyIndex();
    private final List<String> platformCodes = new ArrayList<>();
    private long[] firstOrds = new long[1 << 10];
    private int[] firstOktmos = new int[1 << 10];
    private long[] platforms = new long[1 << 10];
    private final BitSet exempt = new BitSet();

    public FiguresCalculator(JobProfile profile, Municipalities municipalities) {
        this.profile = profile;
        this.municipalities = municipalities;
        profile.platforms().forEach(platform -> platformCodes.add(platform.code()));
    }

    /** Counts one page of the registry. */
    public void add(RegistryEntry page) {
        long[] count = pages.computeIfAbsent(page.oktmo(), k -> new HashMap<>())
                .computeIfAbsent(page.platform(), k -> new long[2]);
        count[0]++;
        if (page.verified()) {
            count[1]++;
        }
        int organisation = listed(page.inn(), page.ord(), page.oktmo());
        platforms[organisation] |= 1L << platform(page.platform());
    }

    /** Counts one exemption row. */
    public void add(ListedExemption exemption) {
        exempt.set(listed(exemption.inn(), exemption.ord(), exemption.oktmo()));
    }

    /** The figures of everything added so far. */
    public Figures figures() {
        long required = 0;
        for (Platform platform : profile.requiredPlatforms()) {
            required |= 1L << platform(platform.code());
        }
        Map<String, long[]> byMunicipality = new HashMap<>();
        for (int organisation = 0; organisation < inns.size(); organisation++) {
            long[] counts = byMunicipality.computeIfAbsent(oktmos.key(firstOktmos[organisation]), k -> new long[2]);
            counts[0]++;
            if (exempt.get(organisation) || (platforms[organisation] & required) == required) {
                counts[1]++;
            }
        }

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

    /** The number of the organisation, its first listing moved to {@code ord} if that is earlier. */
    private int listed(String inn, long ord, String oktmo) {
        int known = inns.size();
        int organisation = inns.add(inn);
        if (organisation == firstOrds.length) {
            int grown = organisation * 2;
            firstOrds = Arrays.copyOf(firstOrds, grown);
            firstOktmos = Arrays.copyOf(firstOktmos, grown);
            platforms = Arrays.copyOf(platforms, grown);
        }
        if (organisation == known || ord < firstOrds[organisation]) {
            firstOrds[organisation] = ord;
            firstOktmos[organisation] = oktmos.add(oktmo);
        }
        return organisation;
    }

    private int platform(String code) {
        int index = platformCodes.indexOf(code);
        if (index < 0) {
            // a platform dropped from the profile since a carried page was listed: still told apart
            platformCodes.add(code);
            index = platformCodes.size() - 1;
        }
        if (index >= Long.SIZE) {
            throw new IllegalStateException("more than 64 platforms");
        }
        return index;
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
