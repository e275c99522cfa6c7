package ru.gospages.publish.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.gospages.figures.Count;
import ru.gospages.figures.DirectoryFigures;
import ru.gospages.figures.Figures;
import ru.gospages.figures.MunicipalityFigures;
import ru.gospages.figures.PlatformFigures;
import ru.gospages.problems.ProblemCode;
import ru.gospages.registry.PageChange;

/**
 * The content of {@code summary.json} (SPEC 8): component names and order are the JSON field
 * names and order. {@code verifiedPercent} has one decimal, or is {@code null} without pages.
 */
public record Summary(String period, String asOf, FileCounts files, RowCounts rows, PageCounts pages,
                      List<PlatformLine> byPlatform, List<MunicipalityLine> byMunicipality,
                      Map<String, Long> problems, ChangeCounts changes,
                      @JsonInclude(JsonInclude.Include.NON_NULL) DirectoryFigures.Counts directory, RunTime run) {

    public Summary {
        byPlatform = List.copyOf(byPlatform);
        byMunicipality = List.copyOf(byMunicipality);
        // not Map.copyOf: the order of the codes is part of the file
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** A summary without an organisation directory (no {@code directory} block). */
    public Summary(String period, String asOf, FileCounts files, RowCounts rows, PageCounts pages,
                   List<PlatformLine> byPlatform, List<MunicipalityLine> byMunicipality,
                   Map<String, Long> problems, ChangeCounts changes, RunTime run) {
        this(period, asOf, files, rows, pages, byPlatform, byMunicipality, problems, changes, null, run);
    }

    /** Submission files considered and rejected whole. */
    public record FileCounts(long read, long rejected) {
    }

    /** Data rows read, accepted, rejected, merged as duplicates, and exemption rows (not read). */
    public record RowCounts(long read, long accepted, long rejected, long duplicates, long exempt) {
    }

    public record PageCounts(long total, long verified, BigDecimal verifiedPercent, long carriedOver) {
    }

    public record PlatformLine(String platform, long pages, long verified, BigDecimal verifiedPercent) {
    }

    /** One municipality; {@code directory} only with an organisation directory (SPEC 13), by the directory's OKTMO. */
    public record MunicipalityLine(String oktmo, String name, long pages, long verified, BigDecimal verifiedPercent,
                                   long organizations, long compliantOrganizations,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) DirectoryFigures.Counts directory) {
    }

    public record ChangeCounts(long added, long removed, long verified, long unverified) {

        /** The counts of a map by kind; a missing kind counts 0. */
        public static ChangeCounts of(Map<PageChange.Kind, Long> counts) {
            return new ChangeCounts(counts.getOrDefault(PageChange.Kind.ADDED, 0L),
                    counts.getOrDefault(PageChange.Kind.REMOVED, 0L),
                    counts.getOrDefault(PageChange.Kind.VERIFIED, 0L),
                    counts.getOrDefault(PageChange.Kind.UNVERIFIED, 0L));
        }
    }

    /** When the run started (UTC, whole seconds) and how long it took (seconds, one decimal). */
    public record RunTime(String startedAt, BigDecimal seconds) {
    }

    /** The summary of a run from its figures and its counts. */
    public static Summary of(Figures figures, RunCounts counts) {
        return of(figures, counts, Optional.empty());
    }

    /** The same with the organisation directory's figures when there is a directory. */
    public static Summary of(Figures figures, RunCounts counts, Optional<DirectoryFigures> directory) {
        MunicipalityFigures total = figures.total();
        Count all = total.count();
        return new Summary(counts.period().toString(), counts.period().atEndOfMonth().toString(),
                counts.files(), counts.rows(),
                new PageCounts(all.pages(), all.verified(), all.verifiedPercent(), counts.carriedOver()),
                total.byPlatform().stream().map(Summary::platformLine).toList(),
                figures.municipalities().stream().map(m -> municipalityLine(m, directory)).toList(),
                problemCounts(counts.problems()), counts.changes(), directory.map(DirectoryFigures::total).orElse(null),
                new RunTime(counts.startedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                        BigDecimal.valueOf(counts.elapsed().toMillis(), 3).setScale(1, RoundingMode.HALF_UP)));
    }

    private static PlatformLine platformLine(PlatformFigures platform) {
        Count count = platform.count();
        return new PlatformLine(platform.platform(), count.pages(), count.verified(), count.verifiedPercent());
    }

    private static MunicipalityLine municipalityLine(MunicipalityFigures municipality, Optional<DirectoryFigures> directory) {
        Count count = municipality.count();
        return new MunicipalityLine(municipality.oktmo(), municipality.name(), count.pages(), count.verified(),
                count.verifiedPercent(), municipality.organizations(), municipality.compliantOrganizations(),
                directory.map(d -> d.of(municipality.oktmo())).orElse(null));
    }

    /** Codes that occurred, in {@link ProblemCode} order, so the same run lists them the same way. */
    private static Map<String, Long> problemCounts(Map<ProblemCode, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (ProblemCode code : ProblemCode.values()) {
            long count = counts.getOrDefault(code, 0L);
            if (count > 0) {
                ordered.put(code.code(), count);
            }
        }
        return ordered;
    }
}
