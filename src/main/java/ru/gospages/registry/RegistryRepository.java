package ru.gospages.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.gospages.rules.Problem;

/**
 * The registry of a period, set-based: merging the staged page rows (SPEC 6.1), carrying pages over
 * from the previous run and listing the changes against it (6.2), and reading the results back in
 * publication order. Every statement is in {@code db/sql/registry.sql}.
 */
public class RegistryRepository {

    /** A later listing of a page and its first listing, for R-DUPLICATE and R-CONFLICT. */
    public record Duplicate(long ord, int fileOrd, String file, String sheet, int row, String column, String pageUrl,
                            String writtenUrl,
                            String inn, String oktmo, String firstInn, String firstOktmo,
                            String firstFile, String firstSheet, int firstRow) {
    }

    /** Row counts of a period's files. */
    public record FileCounts(long files, long rejectedFiles, long rowsRead, long rowsAccepted, long rowsExempt) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Sql sql;

    public RegistryRepository(NamedParameterJdbcTemplate jdbc, Sql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /**
     * Builds the period's registry from its staged rows, one row per page key (SPEC 6.1), and hands
     * every later listing of a page to {@code duplicates}; returns the number of pages.
     */
    public int merge(String period, Consumer<Duplicate> duplicates) {
        return new RegistryMerge(jdbc, sql).merge(period, duplicates);
    }

    /** The period of the latest completed run before this one, if any. */
    public Optional<String> previousRun(String period) {
        return Optional.ofNullable(jdbc.queryForObject(sql.get("previousRun"), Map.of("period", period), String.class));
    }

    /** Adds the previous run's pages of organisations that did not submit; returns how many. */
    public int carryOver(String period, String previous, String oldestReported) {
        return jdbc.update(sql.get("carryOver"), new MapSqlParameterSource()
                .addValue("period", period).addValue("previous", previous).addValue("oldestReported", oldestReported));
    }

    /** Lists added, removed, newly verified and unverified pages against the previous run. */
    public void recordChanges(String period, String previous) {
        jdbc.update(sql.get("clearChanges"), Map.of("period", period));
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("period", period).addValue("previous", previous);
        for (String statement : List.of("changesAdded", "changesRemoved", "changesVerified", "changesUnverified")) {
            jdbc.update(sql.get(statement), params);
        }
    }

    /** Marks the period's registry complete: later periods take it as their previous run. */
    public void completeRun(String period, long jobExecutionId, long duplicates, Instant completedAt) {
        jdbc.update(sql.get("clearRun"), Map.of("period", period));
        jdbc.update(sql.get("insertRun"), new MapSqlParameterSource().addValue("period", period)
                .addValue("jobExecutionId", jobExecutionId).addValue("duplicates", duplicates)
                .addValue("completedAt", Timestamp.from(completedAt)));
    }

    /** For each period with a completed run, the job execution whose results its registry holds. */
    public Map<String, Long> completedRuns() {
        Map<String, Long> runs = new LinkedHashMap<>();
        jdbc.query(sql.get("completedRuns"), Map.of(),
                (RowCallbackHandler) rs -> runs.put(rs.getString(1).trim(), rs.getLong(2)));
        return runs;
    }

    public long carriedOver(String period) {
        Long count = jdbc.queryForObject(sql.get("carriedOverCount"), Map.of("period", period), Long.class);
        return count == null ? 0 : count;
    }

    public Map<String, Long> changeCounts(String period) {
        return countsBy("changeCounts", period);
    }

    public Map<String, Long> problemCounts(String period) {
        return countsBy("problemCounts", period);
    }

    public FileCounts fileCounts(String period) {
        return jdbc.queryForObject(sql.get("fileCounts"), Map.of("period", period), (rs, n) -> new FileCounts(
                rs.getLong("files"), rs.getLong("rejected_files"), rs.getLong("rows_read"),
                rs.getLong("rows_accepted"), rs.getLong("rows_exempt")));
    }

    /** The registry in publication order, streamed; close the stream. */
    public Stream<RegistryPage> registryRows(String period) {
        return jdbc.queryForStream(sql.get("registryRows"), Map.of("period", period), (rs, n) -> new RegistryPage(
                rs.getString("page_url"), rs.getString("platform"), rs.getString("organization"), rs.getString("inn"),
                rs.getString("ogrn"), rs.getString("org_type"), rs.getString("municipality"), rs.getString("oktmo"),
                rs.getBoolean("verified"), optionalLong(rs, "followers"), rs.getString("last_reported"),
                rs.getBoolean("carried_over")));
    }

    /** Every problem of the period in input order, streamed; close the stream. */
    public Stream<Problem> problemRows(String period) {
        return jdbc.queryForStream(sql.get("problemRows"), Map.of("period", period), RegistryRepository::problem);
    }

    /**
     * The first finding of each problem code of the period, in input order: summary.html's examples.
     * One ordered pass in Java: a per-code correlated subquery took a minute at 100,000 rows on HSQLDB.
     */
    public List<Problem> firstProblems(String period) {
        Map<ru.gospages.rules.ProblemCode, Problem> first = new LinkedHashMap<>();
        try (Stream<Problem> problems = problemRows(period)) {
            problems.forEach(problem -> first.putIfAbsent(problem.code(), problem));
        }
        return List.copyOf(first.values());
    }

    /** The errors that rejected whole files of the period, in input order. */
    public List<Problem> rejections(String period) {
        return jdbc.query(sql.get("rejections"), Map.of("period", period), RegistryRepository::problem);
    }

    private static Problem problem(ResultSet rs, int rowNum) throws SQLException {
        return new Problem(rs.getString("file_name"), rs.getString("sheet"), rs.getInt("row_no"), rs.getString("col"),
                rs.getString("cell_value"), ru.gospages.rules.ProblemCode.of(rs.getString("code")),
                ru.gospages.rules.Severity.valueOf(rs.getString("severity").toUpperCase()), rs.getString("message"));
    }

    /** The changes of the period: kind, then municipality order, organisation, URL; close the stream. */
    public Stream<PageChange> changeRows(String period) {
        return jdbc.queryForStream(sql.get("changeRows"), Map.of("period", period), (rs, n) -> new PageChange(
                PageChange.Kind.valueOf(rs.getString("change_kind").toUpperCase()), rs.getString("page_url"),
                rs.getString("organization"), rs.getString("inn"), rs.getString("municipality")));
    }

    private Map<String, Long> countsBy(String statement, String period) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql.get(statement), Map.of("period", period),
                (RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    private static OptionalLong optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
