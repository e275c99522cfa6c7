package ru.gospages.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.Platform;
import ru.gospages.registry.Sql;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.Municipality;

/**
 * Computes the verification figures of a period (SPEC 6.3) from its registry: pages and verified
 * pages per municipality and platform, organisations by the municipality of their first listing,
 * and compliant organisations (a page on every required platform, or an exemption ground).
 * Reads aggregates only: a few rows per municipality, one per organisation.
 */
public class FiguresCalculator {

    private final NamedParameterJdbcTemplate jdbc;
    private final Sql sql;
    private final JobProfile profile;
    private final Municipalities municipalities;

    public FiguresCalculator(NamedParameterJdbcTemplate jdbc, Sql sql, JobProfile profile, Municipalities municipalities) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.profile = profile;
        this.municipalities = municipalities;
    }

    public Figures compute(String period) {
        Map<String, Map<String, Count>> pages = new HashMap<>();
        jdbc.query(sql.get("pageCounts"), Map.of("period", period), (RowCallbackHandler) rs -> pages
                .computeIfAbsent(rs.getString("oktmo"), k -> new HashMap<>())
                .put(rs.getString("platform"), new Count(rs.getLong("pages"), rs.getLong("verified"))));
        Map<String, String> municipalityOf = new HashMap<>();
        jdbc.query(sql.get("organisationMunicipalities"), Map.of("period", period),
                (RowCallbackHandler) rs -> municipalityOf.put(rs.getString(1), rs.getString(2)));
        Map<String, Set<String>> platformsOf = new HashMap<>();
        jdbc.query(sql.get("organisationPlatforms"), Map.of("period", period), (RowCallbackHandler) rs -> platformsOf
                .computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2)));
        Set<String> exempt = new HashSet<>(jdbc.queryForList(sql.get("exemptOrganisations"), Map.of("period", period), String.class));

        List<String> required = profile.requiredPlatforms().stream().map(Platform::code).toList();
        Map<String, long[]> organisations = new HashMap<>();
        municipalityOf.forEach((inn, oktmo) -> {
            long[] counts = organisations.computeIfAbsent(oktmo, k -> new long[2]);
            counts[0]++;
            if (exempt.contains(inn) || platformsOf.getOrDefault(inn, Set.of()).containsAll(required)) {
                counts[1]++;
            }
        });

        List<MunicipalityFigures> rows = new ArrayList<>();
        Map<String, Count> totalByPlatform = new HashMap<>();
        long[] totalOrganisations = new long[2];
        for (Municipality municipality : municipalities.all()) {
            Map<String, Count> byPlatform = pages.getOrDefault(municipality.oktmo(), Map.of());
            long[] orgs = organisations.getOrDefault(municipality.oktmo(), new long[2]);
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
